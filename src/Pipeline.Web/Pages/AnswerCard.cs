using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>One answer in full, beside its source: the reply (linked at the segment), pages, how it was tied to the question, its topics, and where its text also appears.</summary>
internal static class AnswerCard
{
    public static string Render(AnswerExcerpt answer, string campaignId, AnswerOrdinals ordinals)
    {
        var topics = answer.Topics.IsDefaultOrEmpty ? (answer.Topic is { } t ? [t] : []) : answer.Topics;
        var pages = Html.Pages(answer.Pages);
        var ordinal = ordinals.OrdinalOf(answer);
        var href = Url.Document(answer.DocumentId, campaignId, ordinal);
        return $"<article class=\"answer\"><div class=\"text\">{Html.Paragraphs(answer.Text)}</div>"
            + $"<p class=\"source\">Source: <a href=\"{Html.Encode(href)}\">{Html.Encode(answer.File)}</a>{(pages.Length > 0 ? ", " + pages : string.Empty)}"
            + $" · {Html.Encode(answer.Method.ToString().ToLowerInvariant())}, confidence {Html.Decimal(answer.Confidence)}"
            + (topics.Length > 0 ? $" · {Html.Encode(string.Join(", ", topics.Select(x => x.Title())))}" : string.Empty)
            + ReviewMark.For(answer.ReviewReasons)
            + ReviewMark.Corrected(answer.Correction)
            + (ordinal is { } o ? $" · <a class=\"similar\" href=\"{Html.Encode(SearchRequest.SimilarTo(answer.DocumentId, o))}\">similar answers</a>" : string.Empty)
            + "</p>"
            + (answer.Reused.IsDefaultOrEmpty ? string.Empty : $"<p class=\"reused\"><strong>reused</strong> {Html.Encode(ReuseText.All(answer.Reused))}</p>")
            + "</article>";
    }
}
