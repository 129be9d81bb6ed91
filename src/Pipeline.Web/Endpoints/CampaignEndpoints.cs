using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Reporting.Report;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The campaigns list, and a campaign's report: the page <c>pipeline report</c> writes.</summary>
internal static class CampaignEndpoints
{
    public static Task ListAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var campaigns = access.CampaignIds().Select(access.LoadCampaign).ToList();
        using var index = access.Open();
        return Respond.HtmlAsync(context, CampaignsPage.Render(campaigns, index.ListDocuments()));
    }

    public static async Task ReportAsync(HttpContext context, string id)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var choice = CampaignChoice.Resolve(access.CampaignIds(), id);
        if (choice.Id is not { } campaign)
        {
            await ErrorPages.WriteAsync(context, "Unknown campaign", choice.Problem!, StatusCodes.Status404NotFound, "unknown_campaign").ConfigureAwait(false);
            return;
        }

        CampaignData data;
        using (var index = access.Open())
        {
            data = CampaignData.For(index, access.LoadCampaign(campaign));
        }

        using var page = new MemoryStream();
        new CampaignReportRenderer().Render(data.Comparison, page);
        var html = WithWayBack(Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length), campaign);
        context.Response.Headers.ContentSecurityPolicy = InlineHashes.PolicyFor(html);
        await Respond.HtmlAsync(context, html).ConfigureAwait(false);
    }

    /// <summary>The report is made to be read alone (a file); served, it gets links back to the app above its title.</summary>
    private static string WithWayBack(string report, string campaign)
    {
        var at = report.IndexOf("<body>", StringComparison.Ordinal);
        if (at < 0)
        {
            return report;
        }

        var links = $"<p class=\"noprint note\"><a href=\"/\">Pipeline</a> · <a href=\"{Html.Encode(Url.Build("/compare", ("campaign", campaign)))}\">Compare</a> · "
            + $"<a href=\"{Html.Encode(Url.Build("/documents", ("campaign", campaign)))}\">Documents</a> · <a href=\"{Html.Encode(Url.Build("/search", ("campaign", campaign)))}\">Search</a></p>";
        return report.Insert(at + "<body>".Length, "\n" + links);
    }
}
