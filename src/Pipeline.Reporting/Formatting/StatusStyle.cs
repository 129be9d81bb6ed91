using Pipeline.Core.Segments;

namespace Pipeline.Reporting.Formatting;

/// <summary>How every format shows one answer status: a label, a short abbreviation (so colour is never the only cue) and a colour.</summary>
/// <param name="Status">The status.</param>
/// <param name="Label">Machine label, as in JSON and CSV: "not_addressed".</param>
/// <param name="Title">Human label: "Not addressed".</param>
/// <param name="Abbreviation">Shown in matrix cells: "NA".</param>
/// <param name="Colour">Fill colour, "#rrggbb"; dark text reads on every one.</param>
/// <param name="Description">One line for legends.</param>
public sealed record StatusStyle(AnswerStatus Status, string Label, string Title, string Abbreviation, string Colour, string Description)
{
    /// <summary>CSS class: "st-not_addressed".</summary>
    public string CssClass => "st-" + Label;

    /// <summary>The HTML badge every page shows for the status: its colour class and abbreviation, its title on hover (the fields are fixed ASCII text, nothing to encode).</summary>
    public string BadgeHtml => $"<span class=\"badge {CssClass}\" title=\"{Title}\">{Abbreviation}</span>";

    /// <summary>The colour as OpenXml ARGB: "FFFFD43B".</summary>
    public string Argb => "FF" + Colour[1..].ToUpperInvariant();
}
