using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The search page.</summary>
internal static class SearchEndpoints
{
    public static async Task PageAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var gate = context.RequestServices.GetRequiredService<SearchGate>();
        var request = SearchRequest.FromPage(context.Request.Query, out var problem);
        var query = string.IsNullOrWhiteSpace(request.Query) ? SearchPage.BrowseAll : request.Query;
        var outcome = problem is null
            ? await SearchOutcome.RunAsync(access, gate, request, query, context.RequestServices.GetRequiredService<RequestLoad>().SearchOptions, context.RequestAborted).ConfigureAwait(false)
            : new SearchOutcome(null, null, [problem]);
        if (outcome.Busy)
        {
            Respond.RetryAfter(context);
        }

        var status = outcome switch
        {
            { Busy: true } => StatusCodes.Status503ServiceUnavailable,
            { Results: null } => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        await Respond.HtmlAsync(context, SearchPage.Render(request, outcome, access.QuestionTitles()), status).ConfigureAwait(false);
    }
}
