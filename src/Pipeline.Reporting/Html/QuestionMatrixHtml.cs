using System.Text;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Streaming;

namespace Pipeline.Reporting.Html;

/// <summary>
/// The company × question heatmap as a real table: status colour plus its abbreviation in each cell, the answer
/// summary on hover, the full answers with their source on click.
/// </summary>
/// <remarks>Written row by row (<see cref="Row"/>); each answered cell's dialog goes after the table, so a caller keeps the dialogs apart until the table ends.</remarks>
internal static class QuestionMatrixHtml
{
    private const int TooltipLength = 280;

    /// <summary>The table written into <paramref name="output"/> company by company, the dialogs kept in a spool until the table ends.</summary>
    public static void Write(ComparisonView view, string idPrefix, StreamWriter output)
    {
        using var templates = new TextSpool();
        output.Write(Head(view, idPrefix));
        var row = new StringBuilder();
        var dialogs = new StringBuilder();
        for (var i = 0; i < view.Companies.Length; i++)
        {
            Row(view, view.Rows(view.Companies[i]), i, idPrefix, row.Clear(), dialogs.Clear());
            output.Write(row);
            templates.Writer.Write(dialogs);
        }

        output.Write(Foot);
        templates.CopyTo(output);
    }

    /// <summary>The table's opening and column headers.</summary>
    public static string Head(ComparisonView view, string idPrefix)
    {
        var html = HtmlFragments.MatrixStart(idPrefix, "matrix", "Answer status of each company to each question. Hover for a summary; click (or Enter) to read the answers.");
        foreach (var question in view.Questions)
        {
            html.Append($"<th scope=\"col\" title=\"{HtmlText.Encode(question.Text)}\">{HtmlText.Encode(question.Id.Value)}<small>{HtmlText.Encode(question.ShortTitle)}</small></th>");
        }

        return html.Append("</tr></thead><tbody>").ToString();
    }

    /// <summary>The table's end; the dialogs follow it.</summary>
    public const string Foot = "</tbody></table></div>";

    /// <summary>Row <paramref name="row"/> of the table into <paramref name="html"/>, and the dialogs of its answered cells into <paramref name="templates"/>.</summary>
    public static void Row(ComparisonView view, CompanyRows cells, int row, string idPrefix, StringBuilder html, StringBuilder templates)
    {
        var company = cells.Company;
        html.Append(HtmlFragments.RowStart(company));
        for (var col = 0; col < view.Questions.Length; col++)
        {
            var question = view.Questions[col];
            var cell = cells.Cell(question);
            var style = StatusStyles.For(cell.Status);
            var data = $"data-company=\"{HtmlText.Encode(company.Name)}\" data-question=\"{HtmlText.Encode(question.Id.Value)}\" data-status=\"{style.Label}\"{(cell.NeedsReview ? " data-review=\"true\"" : string.Empty)}{(cell.IsCorrected ? " data-corrected=\"true\"" : string.Empty)}";
            var label = $"aria-label=\"{HtmlText.Encode($"{company.Name}, {question.Id}: {style.Title}{(cell.NeedsReview ? ", needs review" : string.Empty)}")}\"";
            if (cell.Answers.IsDefaultOrEmpty && cell.Reason is null)
            {
                html.Append($"<td class=\"cell {style.CssClass}\" {data} {label} title=\"{style.Title}\">{style.Abbreviation}</td>");
                continue;
            }

            var id = $"{idPrefix}-{row}-{col}";
            html.Append($"<td class=\"cell {style.CssClass}\" tabindex=\"0\" role=\"button\" data-detail=\"{id}\" {data} {label} title=\"{HtmlText.Encode(CellText.Summary(cell, TooltipLength))}\">{style.Abbreviation}</td>");
            var heading = $"{HtmlText.Encode(company.Name)} — {HtmlText.Encode(question.Id.Value)} {HtmlText.Encode(question.ShortTitle)} {HtmlFragments.Badge(cell.Status)}";
            var reason = cell.Reason is { } why ? $"<p class=\"reason\">{style.Title}: {HtmlText.Encode(why)}</p>" : string.Empty;
            reason += cell.StatusCorrection is null ? string.Empty : $"<p class=\"corrected\">{HtmlText.Encode(CorrectionText.Of(cell))}</p>";
            templates.Append(HtmlFragments.Template(id, heading, $"<p class=\"note\">{HtmlText.Encode(question.Text)}</p>{reason}{HtmlFragments.Answers(cell.Answers)}"));
        }

        html.Append("</tr>");
    }
}
