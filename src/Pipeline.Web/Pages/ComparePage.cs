using System.Text;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>
/// The compare page: pick questions and companies, see the company × question (or × topic) matrix colour-coded by
/// answer status, open a cell (or a column) to read the full answers with their sources, download the view.
/// </summary>
internal static class ComparePage
{
    /// <param name="screen">What the page shows.</param>
    /// <param name="token">The anti-forgery token for the page's correction form.</param>
    public static string Render(CompareScreen screen, string token)
    {
        var (request, view, page) = (screen.Request, screen.View, screen.Page);
        var campaign = view.Campaign;
        var by = view.By == CompareBy.Question ? "question" : "topic";
        var other = view.By == CompareBy.Question ? CompareBy.Topic : CompareBy.Question;
        var body = new StringBuilder()
            .Append($"<h1>Compare answers</h1><p class=\"meta\">{Html.Encode(campaign.Title)} · campaign <code>{Html.Encode(campaign.Id)}</code> · ")
            .Append(page.Last > 1 ? $"companies {page.From}–{page.To} of {page.Total} by {by} · " : $"{Html.Count(page.Total, "company", "companies")} by {by} · ")
            .Append($"<a href=\"{Html.Encode(request.PageUrl(campaign.Id, by: other))}\">by {(other == CompareBy.Question ? "question" : "topic")} instead</a> · ")
            .Append($"<a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(campaign.Id))}\">campaign report</a></p>")
            .Append(ComparePicker.Render(request, view))
            .Append("<p class=\"downloads\">Download this view: ")
            .Append($"<a href=\"{Html.Encode(request.ExportUrl(campaign.Id, ComparisonFormat.Csv))}\" download>CSV</a> · ")
            .Append($"<a href=\"{Html.Encode(request.ExportUrl(campaign.Id, ComparisonFormat.Xlsx))}\" download>XLSX</a> · ")
            .Append($"<a href=\"{Html.Encode(request.ApiUrl(campaign.Id))}\">JSON</a></p>");
        if (view.By == CompareBy.Question)
        {
            body.Append(StatusBadge.Legend()).Append(QuestionMatrix.Render(screen)).Append(Pages(screen)).Append(QuestionAnswers.Render(screen, token));
        }
        else
        {
            body.Append(TopicMatrix.Render(screen)).Append(Pages(screen)).Append(TopicAnswers.Render(screen));
        }

        return Layout.Page($"Compare — {campaign.Title}", "/compare", body.ToString());
    }

    /// <summary>Links to the other pages of companies; nothing when they fit on one.</summary>
    private static string Pages(CompareScreen screen) =>
        Pager.Render(screen.Page.Number, screen.Page.Last, page => screen.Request.AtPage(screen.Campaign, page));

    /// <summary>The index holds several campaigns and the request named none: list them.</summary>
    public static string ChooseCampaign(IReadOnlyList<string> ids, QuestionTitles titles)
    {
        var items = string.Concat(ids.Select(id =>
            $"<li><a href=\"{Html.Encode(Url.Build("/compare", ("campaign", id)))}\">{Html.Encode(id)}</a> {Html.Encode(titles.Campaign(id))}</li>"));
        return Layout.Page("Compare", "/compare", $"<h1>Compare answers</h1><p>Choose a campaign:</p><ul class=\"campaigns\">{items}</ul>");
    }
}
