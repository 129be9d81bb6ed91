using System.Globalization;
using System.Text;
using Pipeline.Core.Topics;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Archive;

namespace Pipeline.Web.Pages;

/// <summary>
/// A company across the archive's campaigns as a timeline: a column per campaign (oldest first), a row per topic the
/// questionnaires asked about, and in each cell what the company answered then — status, question, the answer's start
/// and a link to it in its document. Answers of different campaigns line up by topic even when no question is mapped.
/// </summary>
internal static class CompanyHistoryPage
{
    private const int Excerpt = 420;

    public static string Render(CompanyHistory history, Topic? topic)
    {
        var html = new StringBuilder($"<h1>{Html.Encode(history.Company)}</h1>");
        html.Append($"<p class=\"meta\">{Html.Count(history.Campaigns.Length, "campaign", "campaigns")} · <a href=\"{Html.Encode(Url.Build("/api/history", ("company", history.Company), ("topic", topic?.ToLabel())))}\">JSON</a>");
        if (history.NotApproached.Length > 0)
        {
            html.Append($" · not approached in {Html.Encode(string.Join(", ", history.NotApproached))}");
        }

        html.Append("</p>").Append(TopicFilter(history, topic));
        var topics = history.Campaigns.SelectMany(c => c.Answers).Select(a => a.Topic).Distinct().Order().ToList();
        html.Append("<div class=\"table-scroll\"><table class=\"history\"><thead><tr><th scope=\"col\">Topic</th>");
        foreach (var campaign in history.Campaigns)
        {
            var date = campaign.DateSent?.ToString("MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
            html.Append($"<th scope=\"col\">{Html.Encode(date)}<small><a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(campaign.CampaignId))}\">{Html.Encode(campaign.CampaignId)}</a>")
                .Append(campaign.CompanyName == history.Company ? string.Empty : $" · as {Html.Encode(campaign.CompanyName)}")
                .Append("</small></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in topics)
        {
            html.Append($"<tr><th scope=\"row\">{Html.Encode(row.ToLabel())}</th>");
            foreach (var campaign in history.Campaigns)
            {
                html.Append("<td>");
                foreach (var answer in campaign.Answers.Where(a => a.Topic == row))
                {
                    html.Append(Answer(answer, campaign.CampaignId));
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        return Layout.Page(history.Company, "/campaigns", html.Append("</tbody></table></div>").ToString());
    }

    private static string Answer(HistoryAnswer answer, string campaign)
    {
        var same = answer.SameAs is { } link ? $" <small>= {Html.Encode(link.ToString())}</small>" : string.Empty;
        var text = answer.Answers.Length == 0 ? string.Empty : Shorten(answer.Text);
        var source = answer.Answers.Length == 0 ? string.Empty
            : $" <a href=\"{Html.Encode(Url.Document(answer.Answers[0].DocumentId, campaign))}\">{Html.Encode(answer.Answers[0].Provenance)}</a>";
        return $"<div class=\"history-answer\"><p><b>{Html.Encode(answer.Question.Value)}</b>{same} {StatusBadge.For(answer.Status)}</p>"
            + (text.Length > 0 ? $"<p>{Html.Encode(text)}{source}</p>" : string.Empty) + "</div>";
    }

    private static string TopicFilter(CompanyHistory history, Topic? topic)
    {
        var options = string.Concat(TopicLabels.All.Select(t =>
            $"<option value=\"{t.ToLabel()}\"{(t == topic ? " selected" : string.Empty)}>{Html.Encode(t.ToLabel())}</option>"));
        return $"<form method=\"get\" class=\"filters\"><label>Topic <select name=\"topic\"><option value=\"\">all</option>{options}</select></label> <button>Show</button></form>";
    }

    private static string Shorten(string text) =>
        Reporting.Formatting.Excerpt.Shorten(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Excerpt);
}
