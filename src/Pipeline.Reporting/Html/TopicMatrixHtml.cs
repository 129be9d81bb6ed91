using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Streaming;

namespace Pipeline.Reporting.Html;

/// <summary>
/// The company × topic coverage heatmap as a real table: the passage count in each cell, shaded by how many,
/// the strongest passage with its source on click.
/// </summary>
internal static class TopicMatrixHtml
{
    private const int TooltipLength = 280;

    public static string Render(ComparisonView view, ImmutableArray<CompanyEntry> companies, string idPrefix)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            Write(view, companies, idPrefix, writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The table written into <paramref name="output"/> company by company, the dialogs kept in a spool until the table ends.</summary>
    public static void Write(ComparisonView view, ImmutableArray<CompanyEntry> companies, string idPrefix, StreamWriter output)
    {
        var html = HtmlFragments.MatrixStart(idPrefix, "matrix coverage", "Passages classified under each due-diligence topic, per company. Darker = more passages; click a cell to read the strongest one.");
        foreach (var topic in view.Topics)
        {
            html.Append($"<th scope=\"col\">{HtmlText.Encode(topic.Title())}</th>");
        }

        output.Write(html.Append("</tr></thead><tbody>"));
        using var templates = new TextSpool();
        var dialogs = new StringBuilder();
        for (var row = 0; row < companies.Length; row++)
        {
            var company = companies[row];
            var cells = view.Rows(company);
            html.Clear().Append(HtmlFragments.RowStart(company));
            dialogs.Clear();
            for (var col = 0; col < view.Topics.Length; col++)
            {
                var topic = view.Topics[col];
                var cell = cells.Cell(topic);
                var data = $"class=\"cell cov-{Math.Min(cell.Passages, 3)}\" data-company=\"{HtmlText.Encode(company.Name)}\" data-topic=\"{topic.ToLabel()}\" data-passages=\"{cell.Passages}\"";
                var label = $"aria-label=\"{HtmlText.Encode($"{company.Name}, {topic.Title()}: {Phrases.Count(cell.Passages, "passage", "passages")}")}\"";
                if (cell.Strongest is not { } strongest)
                {
                    html.Append($"<td {data} {label}>{cell.Passages}</td>");
                    continue;
                }

                var id = $"{idPrefix}-{row}-{col}";
                html.Append($"<td {data} {label} tabindex=\"0\" role=\"button\" data-detail=\"{id}\" title=\"{HtmlText.Encode(CellText.Summary(cell, TooltipLength))}\">{cell.Passages}</td>");
                var heading = $"{HtmlText.Encode(company.Name)} — {HtmlText.Encode(topic.Title())} ({Phrases.Count(cell.Passages, "passage", "passages")})";
                dialogs.Append(HtmlFragments.Template(id, heading, $"<p class=\"note\">The most confidently classified passage (score {Invariant.Format($"{strongest.TopicScore:0.00}")}):</p>{HtmlFragments.Answers([strongest])}"));
            }

            output.Write(html.Append("</tr>"));
            templates.Writer.Write(dialogs);
        }

        output.Write("</tbody></table></div>");
        templates.CopyTo(output);
    }
}
