using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Web.Pages;

/// <summary>An answer status as the reports show it: its colour and abbreviation (colour is never the only cue), its title on hover.</summary>
internal static class StatusBadge
{
    public static string For(AnswerStatus status) => StatusStyles.For(status).BadgeHtml;

    /// <summary>The legend of every status.</summary>
    public static string Legend() =>
        "<ul class=\"legend\" aria-label=\"Status legend\">"
        + string.Concat(StatusStyles.All.Select(s => $"<li>{For(s.Status)} {Html.Encode(s.Title)}</li>"))
        + "</ul>";

    /// <summary>The stylesheet of the status colours, from the one table every report format uses.</summary>
    public static string Css() =>
        string.Concat(StatusStyles.All.Select(s => $".{s.CssClass}{{background:{s.Colour}}}\n"));
}
