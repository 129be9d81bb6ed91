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
    public static Task PageAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var request = SearchRequest.FromPage(context.Request.Query, out var problem);
        var query = string.IsNullOrWhiteSpace(request.Query) ? SearchPage.BrowseAll : request.Query;
        var outcome = problem is null ? SearchOutcome.Run(access, request, query) : new SearchOutcome(null, null, [problem]);
        var status = outcome.Results is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return Respond.HtmlAsync(context, SearchPage.Render(request, outcome, access.QuestionTitles()), status);
    }
}
