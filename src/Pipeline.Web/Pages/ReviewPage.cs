using System.Text;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Search.Indexing;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Web.Pages;

/// <summary>
/// The review queue: each answer marked needsReview, least sure first, with why, its text and source, and two actions:
/// accept the machine's reading or fix it. Keys (with the app's script): j/k or ↓/↑ move, a accepts, f opens the fix form.
/// </summary>
internal static class ReviewPage
{
    public static string Render(string campaign, IReadOnlyList<string> campaigns, IReadOnlyList<IndexedSegment> queue, QuestionTitles titles, string token)
    {
        var back = Url.Build("/review", ("campaign", campaign));
        var html = new StringBuilder($"<h1>Review queue</h1>")
            .Append(campaigns.Count > 1 ? $"<p class=\"note\">Campaign: {string.Join(" · ", campaigns.Select(c => c == campaign ? $"<strong>{Html.Encode(c)}</strong>" : $"<a href=\"{Html.Encode(Url.Build("/review", ("campaign", c)))}\">{Html.Encode(c)}</a>"))}</p>" : string.Empty)
            .Append($"<p id=\"review-count\" data-total=\"{queue.Count}\">{Html.Count(queue.Count, "answer needs", "answers need")} review in {Html.Encode(campaign)}, least sure first.")
            .Append(" <span class=\"note\">Keys: j/k or ↓/↑ move · a accept · f fix.</span></p>");
        if (queue.Count == 0)
        {
            return Layout.Page("Review", "/review", html.Append("<p class=\"empty\">Nothing left to review.</p>").ToString());
        }

        html.Append("<ol class=\"review-queue\">");
        foreach (var segment in queue)
        {
            var questions = string.Join(",", segment.Questions.Select(q => q.Value));
            var titled = string.Join("; ", segment.Questions.Select(q => titles.Of(q, campaign) is { } t ? $"{q} {t}" : q.Value));
            var paragraphs = CorrectionCheck.AnswerParagraphs([segment]);
            html.Append($"<li class=\"review-item\" tabindex=\"0\" data-document=\"{Html.Encode(segment.DocumentId)}\" data-ordinal=\"{segment.Ordinal}\" data-sureness=\"{Html.Decimal(ReviewQueue.Sureness(segment))}\">")
                .Append($"<p class=\"hit-head\"><strong class=\"company\">{Html.Encode(segment.Company ?? "(company unknown)")}</strong> <span class=\"questions\">{Html.Encode(titled)}</span>")
                .Append(segment.Topic is { } topic ? $" <span class=\"topic\">{Html.Encode(topic.Title())}</span>" : string.Empty)
                .Append($"{ReviewMark.For(segment.ReviewReasons)} <span class=\"how\">confidence {Html.Decimal(segment.Confidence)}, topic score {Html.Decimal(segment.TopicScore)}</span></p>")
                .Append($"<div class=\"text\">{Html.Paragraphs(segment.AnswerText)}</div>")
                .Append($"<p class=\"hit-source\"><a href=\"{Html.Encode(Url.Document(segment.DocumentId, campaign, segment.Ordinal))}\">{Html.Encode(segment.FileName)}</a> {Html.Pages(segment.Pages)}</p>")
                .Append("<div class=\"review-actions\">")
                .Append(paragraphs.Count > 0 ? CorrectionForms.Accept(token, campaign, segment.FileName, paragraphs[0], questions, segment.Topic, back) : string.Empty)
                .Append(CorrectionForms.Passage(token, campaign, segment.FileName, paragraphs, questions, segment.Topic, back))
                .Append("</div></li>");
        }

        return Layout.Page("Review", "/review", html.Append("</ol>").ToString());
    }
}
