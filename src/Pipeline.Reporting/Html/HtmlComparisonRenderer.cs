using System.Text;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Html;

/// <summary>
/// The comparison as one self-contained HTML page (no network): the matrix as a colour-coded heatmap table with a
/// legend, each cell's answers with their source on click. Every text from the documents is HTML-encoded.
/// </summary>
/// <remarks>Written as it is read, company by company; the cells' dialogs wait in a temporary file until the table ends.</remarks>
public sealed class HtmlComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        var campaign = view.Campaign;
        var by = view.By == CompareBy.Question ? "question" : "topic";
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        HtmlPage.Start(writer, $"{campaign.Title} — by {by}");
        writer.Write($"<header><h1>{HtmlText.Encode(campaign.Title)}</h1>");
        writer.Write($"<p class=\"meta\">{HtmlText.Encode(campaign.Organisation)} · campaign <code>{HtmlText.Encode(campaign.Id)}</code> · ");
        writer.Write($"{view.Companies.Length} companies by {by} · generated {Invariant.Timestamp(view.Source.GeneratedAt)}</p></header>");
        if (view.By == CompareBy.Question)
        {
            writer.Write(HtmlFragments.Legend());
            QuestionMatrixHtml.Write(view, "q", writer);
        }
        else
        {
            TopicMatrixHtml.Write(view, view.Companies, "t", writer);
        }

        HtmlPage.End(writer);
    }
}
