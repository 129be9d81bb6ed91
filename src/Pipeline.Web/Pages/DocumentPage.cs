using System.Globalization;
using System.Text;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Search.Indexing;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Web.Pages;

/// <summary>One reply as indexed: its record, its warnings, and every segment outlined with its question ids, topics and status.</summary>
internal static class DocumentPage
{
    /// <param name="document">The record shown.</param>
    /// <param name="alsoIn">Other records of the same file content (other campaigns, other paths).</param>
    /// <param name="segments">The reply's segments, in order.</param>
    /// <param name="token">The anti-forgery token for the page's correction forms.</param>
    public static string Render(IndexedDocument document, IReadOnlyList<IndexedDocument> alsoIn, IReadOnlyList<IndexedSegment> segments, QuestionTitles titles, string token)
    {
        var fileUrl = Url.Build($"/documents/{Uri.EscapeDataString(document.DocumentId)}/file", ("campaign", document.CampaignId));
        var compareUrl = Url.Build("/compare", ("campaign", document.CampaignId), ("companies", document.Company));
        var html = new StringBuilder($"<article class=\"document\" data-document=\"{Html.Encode(document.DocumentId)}\">")
            .Append($"<h1>{Html.Encode(document.FileName)}</h1>")
            .Append("<dl class=\"record\">")
            .Append(Row("Company", Html.Encode(document.Company ?? "(unknown)")))
            .Append(Row("Campaign", $"{Html.Encode(document.CampaignId)} {Html.Encode(titles.Campaign(document.CampaignId))}"))
            .Append(Row("Format", $"{Html.Encode(document.Format.ToString().ToLowerInvariant())}{(document.Pages > 0 ? $", {Html.Count(document.Pages, "page", "pages")}" : string.Empty)}, language {Html.Encode(document.Language)}"))
            .Append(Row("Segments", segments.Count.ToString(CultureInfo.InvariantCulture)))
            .Append(Row("Ingested", document.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(Row("Source", $"<code>{Html.Encode(document.SourcePath)}</code>"))
            .Append(Row("Document id", $"<code class=\"id\">{Html.Encode(document.DocumentId)}</code>"))
            .Append("</dl>")
            .Append($"<p class=\"actions\"><a class=\"button\" href=\"{Html.Encode(fileUrl)}\">Open the original file</a> ")
            .Append(document.Company is null ? string.Empty : $"<a href=\"{Html.Encode(compareUrl)}\">Compare this company's answers</a>")
            .Append("</p>");
        foreach (var other in alsoIn)
        {
            html.Append($"<p class=\"note\">The same file is also indexed in campaign <a href=\"{Html.Encode(Url.Document(other.DocumentId, other.CampaignId))}\">{Html.Encode(other.CampaignId)}</a> ({Html.Encode(other.SourcePath)}).</p>");
        }

        html.Append(Warnings(document)).Append(Outline(document, segments, titles, token)).Append("</article>");
        return Layout.Page(document.FileName, "/documents", html.ToString());
    }

    private static string Row(string term, string definition) => $"<dt>{term}</dt><dd>{definition}</dd>";

    private static string Warnings(IndexedDocument document)
    {
        if (document.Warnings.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        var items = string.Concat(document.Warnings.Select(w =>
            $"<li><code>{Html.Encode(w.Code)}</code>{(w.Page is { } p ? $" (p. {p})" : string.Empty)}: {Html.Encode(w.Message)}</li>"));
        return $"<section class=\"warnings\" aria-label=\"Warnings\"><h2>Warnings</h2><ul>{items}</ul></section>";
    }

    private static string Outline(IndexedDocument document, IReadOnlyList<IndexedSegment> segments, QuestionTitles titles, string token)
    {
        var contents = new StringBuilder("<nav class=\"outline\" aria-label=\"Segments\"><h2>Segments</h2><ol>");
        var body = new StringBuilder("<div class=\"segments\">");
        foreach (var segment in segments)
        {
            var questions = string.Join(", ", segment.Questions.Select(q => q.Value));
            var titled = string.Join("; ", segment.Questions.Select(q => titles.Of(q, document.CampaignId) is { } t ? $"{q} {t}" : q.Value));
            var topics = segment.Topics.IsDefaultOrEmpty ? (segment.Topic is { } t ? [t] : []) : segment.Topics;
            var pages = Html.Pages(segment.Pages);
            contents.Append($"<li><a href=\"#s{segment.Ordinal}\">{Html.Encode(questions)}</a> <small>{Html.Encode(segment.Topic?.Title())}</small></li>");
            body.Append($"<section class=\"segment{(segment.NeedsReview ? " needs-review" : string.Empty)}{(segment.Correction is null ? string.Empty : " corrected")}\" id=\"s{segment.Ordinal}\" data-questions=\"{Html.Encode(questions)}\">")
                .Append($"<header><span class=\"questions\">{Html.Encode(titled)}</span>")
                .Append(segment.Status is { } status ? " " + StatusBadge.For(status) : string.Empty)
                .Append(topics.Length > 0 ? $" <span class=\"topic\">{Html.Encode(string.Join(", ", topics.Select(x => x.Title())))}</span>" : string.Empty)
                .Append($" <span class=\"how\">{Html.Encode(segment.Method.ToString().ToLowerInvariant())}, confidence {Html.Decimal(segment.Confidence)}")
                .Append(segment.Topic is null ? string.Empty : $", topic score {Html.Decimal(segment.TopicScore)}")
                .Append($"{(pages.Length > 0 ? " · " + pages : string.Empty)} · {Html.Encode(segment.Language)}</span>{ReviewMark.For(segment.ReviewReasons)}{ReviewMark.Corrected(segment.Correction)}</header>")
                .Append($"<div class=\"text\">{Html.Paragraphs(segment.Text)}</div>")
                .Append(segment.IsStructure ? string.Empty : CorrectionForms.Passage(
                    token, document.CampaignId, document.FileName, CorrectionCheck.AnswerParagraphs([segment]), string.Join(",", segment.Questions.Select(q => q.Value)), segment.Topic,
                    Url.Document(document.DocumentId, document.CampaignId, segment.Ordinal)))
                .Append("</section>");
        }

        return "<div class=\"document-layout\">" + contents.Append("</ol></nav>") + body.Append("</div>") + "</div>";
    }
}
