using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Search.Indexing;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>The campaigns in the index, each with its report, comparison, documents and search.</summary>
internal static class CampaignsPage
{
    public static string Render(IReadOnlyList<Campaign> campaigns, IReadOnlyList<IndexedDocument> documents)
    {
        var html = new StringBuilder("<h1>Campaigns</h1>");
        if (campaigns.Count == 0)
        {
            return Layout.Page("Campaigns", "/campaigns", html.Append("<p class=\"empty\">No campaign has been ingested into this index yet: run <code>pipeline run</code> or <code>pipeline ingest &lt;folder&gt; --campaign &lt;file&gt;</code>.</p>").ToString());
        }

        html.Append("<ul class=\"campaign-list\">");
        foreach (var campaign in campaigns)
        {
            var replies = documents.Count(d => string.Equals(d.CampaignId, campaign.Id, StringComparison.OrdinalIgnoreCase));
            var id = campaign.Id;
            html.Append($"<li><h2><a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(id))}\">{Html.Encode(campaign.Title)}</a></h2>")
                .Append($"<p class=\"meta\"><code>{Html.Encode(id)}</code> · {Html.Encode(campaign.Organisation)} · {Html.Count(campaign.Questions.Length, "question", "questions")} · ")
                .Append($"{Html.Count(campaign.Companies.Length, "company", "companies")} approached · {Html.Count(replies, "reply", "replies")} indexed</p>")
                .Append($"<p><a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(id))}\">Report</a> · <a href=\"{Html.Encode(Url.Build("/compare", ("campaign", id)))}\">Compare</a> · ")
                .Append($"<a href=\"{Html.Encode(Url.Build("/documents", ("campaign", id)))}\">Documents</a> · <a href=\"{Html.Encode(Url.Build("/search", ("campaign", id)))}\">Search</a></p></li>");
        }

        return Layout.Page("Campaigns", "/campaigns", html.Append("</ul>").ToString());
    }
}
