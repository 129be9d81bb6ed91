using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Search.Json;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// The JSON API, for researchers' own scripts: each answer is the very document the matching command prints
/// (<c>pipeline search --json</c>, <c>pipeline documents --json</c>; the comparison's is <see cref="CompareEndpoints.ApiAsync"/>).
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

        var outcome = await SearchOutcome.RunAsync(access, gate, request, request.Query, context.RequestServices.GetRequiredService<RequestLoad>().SearchOptions, context.RequestAborted).ConfigureAwait(false);
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

    public static async Task DocumentsAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var campaign = context.Request.Query["campaign"].ToString();
        using var index = access.Open();
        var listing = new DocumentListing(index.Path, SnapshotDocuments.List(index, campaign.Length == 0 ? null : campaign), index.ListFailures(campaign.Length == 0 ? null : campaign));
        await Respond.JsonAsync(context, listing).ConfigureAwait(false);
    }

    private static Task BadRequest(HttpContext context, string message) =>
        Respond.JsonAsync(context, new ApiError("invalid_parameter", message).Document(), StatusCodes.Status400BadRequest);
}
