using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Workflows.Commitments;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The commitments ledger of a campaign: a page with filters, and the same items as JSON (as <c>pipeline commitments --json</c>).</summary>
internal static class CommitmentEndpoints
{
    public static async Task PageAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var (ledger, request, filter) = found;
        var items = filter.Apply(ledger.Ledger).ToList();
        await Respond.HtmlAsync(context, Layout.Page("Commitments", "/commitments", CommitmentsPage.Render(ledger.Campaign, ledger.Ledger, items, request, FormGuard.Token(context)))).ConfigureAwait(false);
    }

    public static async Task ApiAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var (ledger, request, filter) = found;
        var items = filter.Apply(ledger.Ledger).ToList();
        await Respond.JsonAsync(context, new { Campaign = ledger.Campaign.Id, ledger.Ledger.Classifier, Count = items.Count, Items = items, ledger.Ledger.Rejected, ledger.Ledger.Unapplied, ledger.Ledger.Orphans, request.Problems }).ConfigureAwait(false);
    }

    private static async Task<(LedgerContext, CommitmentsRequest, LedgerFilter)?> ResolveAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var request = CommitmentsRequest.From(context.Request);
        var choice = CampaignChoice.Resolve(access.CampaignIds(), request.Campaign);
        if (choice.Id is not { } campaign)
        {
            await ErrorPages.WriteAsync(context, "Choose a campaign", choice.Problem!, choice.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, choice.Unknown ? "unknown_campaign" : "campaign_required").ConfigureAwait(false);
            return null;
        }

        LedgerContext ledger;
        using (var index = access.Open())
        {
            ledger = LedgerSource.For(index, access.LoadCampaign(campaign));
        }

        var company = request.Company is { } typed ? ledger.Campaign.FindCompany(typed)?.Name ?? typed : null;
        var filter = new LedgerFilter(company, request.Kind is { } k ? [k] : [], request.DueBefore, request.Status is { } s ? [s] : []);
        return (ledger, request, filter);
    }
}
