using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Json;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// The JSON API, for researchers' own scripts: each answer is the very document the matching command prints
/// (<c>pipeline search --json</c>, <c>pipeline compare --format json</c>, <c>pipeline documents --json</c>).
/// </summary>
internal static class ApiEndpoints
{
    public static async Task SearchAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var gate = context.RequestServices.GetRequiredService<SearchGate>();
        var request = SearchRequest.FromApi(context.Request.Query, out var problem);
        if (problem is not null)
        {
            await BadRequest(context, problem).ConfigureAwait(false);
            return;
        }

        var outcome = await SearchOutcome.RunAsync(access, gate, request, request.Query, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Busy)
        {
            Respond.RetryAfter(context);
        }

        await (outcome switch
        {
            { SyntaxError: { } error } => Respond.JsonAsync(context, ApiError.From(error).Document(), StatusCodes.Status400BadRequest),
            { Results: { } results } => Respond.JsonAsync(context, results),
            { Busy: true } => Respond.JsonAsync(context, new ApiError("busy", outcome.Problems[0]).Document(), StatusCodes.Status503ServiceUnavailable),
            _ => BadRequest(context, string.Join("; ", outcome.Problems)),
        }).ConfigureAwait(false);
    }

    public static async Task CompareAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var request = CompareRequest.From(context.Request.Query, out var problem);
        if (problem is not null)
        {
            await BadRequest(context, problem).ConfigureAwait(false);
            return;
        }

        var choice = CampaignChoice.Resolve(access.CampaignIds(), request.Campaign);
        if (choice.Id is not { } campaign)
        {
            var status = choice.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await Respond.JsonAsync(context, new ApiError(choice.Unknown ? "unknown_campaign" : "invalid_parameter", choice.Problem!).Document(), status).ConfigureAwait(false);
            return;
        }

        // The command's own path: the comparison from the index, selected, rendered by Reporting's JSON renderer.
        var comparison = IndexedCampaigns.Compare(access.Directory, campaign);
        var options = request.ToOptions(out var problems);
        problems = [.. problems, .. ComparisonSelector.Validate(comparison, options)];
        if (!problems.IsEmpty)
        {
            await BadRequest(context, string.Join("; ", problems)).ConfigureAwait(false);
            return;
        }

        using var json = new MemoryStream();
        ComparisonRenderers.For(ComparisonFormat.Json).Render(ComparisonSelector.Select(comparison, options), json);
        await Respond.BytesAsync(context, json.GetBuffer().AsMemory(0, (int)json.Length), "application/json; charset=utf-8").ConfigureAwait(false);
    }

    public static async Task DocumentsAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var campaign = context.Request.Query["campaign"].ToString();
        using var index = access.Open();
        var listing = new DocumentListing(index.Path, index.ListDocuments(campaign.Length == 0 ? null : campaign), index.ListFailures(campaign.Length == 0 ? null : campaign));
        await Respond.JsonAsync(context, listing).ConfigureAwait(false);
    }

    private static Task BadRequest(HttpContext context, string message) =>
        Respond.JsonAsync(context, new ApiError("invalid_parameter", message).Document(), StatusCodes.Status400BadRequest);
}
