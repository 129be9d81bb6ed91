using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>The campaigns in the index, each with its report, comparison, documents and search.</summary>
internal static class CampaignsPage
{
    /// <param name="campaigns">The campaigns ingested.</param>
    /// <param name="replies">How many replies the index holds of a campaign (its id).</param>
    public static string Render(IReadOnlyList<Campaign> campaigns, Func<string, int> replies)
    {
        var html = new StringBuilder("<h1>Campaigns</h1>");
        if (campaigns.Count == 0)
        {
            return Layout.Page("Campaigns", "/campaigns", html.Append("<p class=\"empty\">No campaign has been ingested into this index yet: run <code>pipeline run</code> or <code>pipeline ingest &lt;folder&gt; --campaign &lt;file&gt;</code>.</p>").ToString());
        }

        html.Append("<ul class=\"campaign-list\">");
        foreach (var campaign in campaigns)
        {
            var id = campaign.Id;
            html.Append($"<li><h2><a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(id))}\">{Html.Encode(campaign.Title)}</a></h2>")
                .Append($"<p class=\"meta\"><code>{Html.Encode(id)}</code> · {Html.Encode(campaign.Organisation)} · {Html.Count(campaign.Questions.Length, "question", "questions")} · ")
                .Append($"{Html.Count(campaign.Companies.Length, "company", "companies")} approached · {Html.Count(replies(id), "reply", "replies")} indexed</p>")
                .Append($"<p><a href=\"/campaigns/{Html.Encode(Uri.EscapeDataString(id))}\">Report</a> · <a href=\"{Html.Encode(Url.Build("/compare", ("campaign", id)))}\">Compare</a> · ")
                .Append($"<a href=\"{Html.Encode(Url.Build("/documents", ("campaign", id)))}\">Documents</a> · <a href=\"{Html.Encode(Url.Build("/search", ("campaign", id)))}\">Search</a></p></li>");
        }

        html.Append("</ul>").Append(Companies(campaigns));
        return Layout.Page("Campaigns", "/campaigns", html.ToString());
    }

    /// <summary>Every company approached, once however many campaigns approached it (the registry's name when there is one), each linking to its history.</summary>
    private static string Companies(IReadOnlyList<Campaign> campaigns)
    {
        var companies = campaigns
            .SelectMany(c => c.Companies.Select(company => (Name: c.Registry?.Find(company)?.Name ?? company.Name, Campaign: c.Id)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"<li><a href=\"/companies/{Html.Encode(Uri.EscapeDataString(g.Key))}\">{Html.Encode(g.Key)}</a> <small>{Html.Encode(string.Join(", ", g.Select(x => x.Campaign).Distinct()))}</small></li>");
        return $"<h2>Companies</h2><p class=\"meta\">Each company's answers campaign by campaign.</p><ul class=\"company-list\">{string.Concat(companies)}</ul>";
    }
}
