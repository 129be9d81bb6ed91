using System.Text;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Html;

/// <summary>
/// The comparison as one self-contained HTML page (no network): the matrix as a colour-coded heatmap table with a
/// legend, each cell's answers with their source on click. Every text from the documents is HTML-encoded.
/// </summary>
public sealed class HtmlComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        var campaign = view.Campaign;
        var by = view.By == CompareBy.Question ? "question" : "topic";
        var body = new StringBuilder()
            .Append($"<header><h1>{HtmlText.Encode(campaign.Title)}</h1>")
            .Append($"<p class=\"meta\">{HtmlText.Encode(campaign.Organisation)} · campaign <code>{HtmlText.Encode(campaign.Id)}</code> · ")
            .Append($"{view.Companies.Length} companies by {by} · generated {Invariant.Timestamp(view.Source.GeneratedAt)}</p></header>")
            .Append(view.By == CompareBy.Question ? HtmlFragments.Legend() : string.Empty)
            .Append(view.By == CompareBy.Question ? QuestionMatrixHtml.Render(view, "q") : TopicMatrixHtml.Render(view, view.Companies, "t"));
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        HtmlPage.Write(writer, $"{campaign.Title} — by {by}", body.ToString());
    }
}
