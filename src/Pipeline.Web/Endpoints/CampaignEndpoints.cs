using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Reporting.Report;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Endpoints;

/// <summary>The campaigns list, and a campaign's report: the page <c>pipeline report</c> writes.</summary>
internal static class CampaignEndpoints
{
    public static Task ListAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var campaigns = access.CampaignIds().Select(access.LoadCampaign).ToList();
        using var index = access.Open();
        return Respond.HtmlAsync(context, CampaignsPage.Render(campaigns, index.CountDocuments));
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

        // Read company by company while it is written, as `pipeline report` reads it (issue 17); reused text is marked where
        // the archive is small enough for the search behind the marks (CompareSource.ReuseMarksUpTo).
        using var index = access.Open();
        var loaded = access.LoadCampaign(campaign);
        var reading = IndexedComparisonOptions.Default with { ReuseMarks = CompareSource.For(index, loaded).ReuseMarked };
        var parts = new IndexedComparisonParts(index, loaded, reading);
        await ReportResponse.SendAsync(context, stream => new CampaignReportRenderer().Render(parts, stream), WayBack(campaign)).ConfigureAwait(false);
    }

    /// <summary>The report is made to be read alone (a file); served, it gets links back to the app above its title.</summary>
    private static string WayBack(string campaign) =>
        $"<p class=\"noprint note\"><a href=\"/\">Pipeline</a> · <a href=\"{Html.Encode(Url.Build("/compare", ("campaign", campaign)))}\">Compare</a> · "
        + $"<a href=\"{Html.Encode(Url.Build("/documents", ("campaign", campaign)))}\">Documents</a> · <a href=\"{Html.Encode(Url.Build("/search", ("campaign", campaign)))}\">Search</a></p>";
}
