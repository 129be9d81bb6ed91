using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>GET /review?campaign=ID: the review queue — every answer the classifier marked needsReview, least sure first.</summary>
internal static class ReviewEndpoints
{
    public static async Task PageAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var ids = access.CampaignIds();
        var requested = context.Request.Query["campaign"].ToString();
        var campaign = requested.Length > 0 ? ids.FirstOrDefault(id => string.Equals(id, requested, StringComparison.OrdinalIgnoreCase)) : ids.Count > 0 ? ids[0] : null;
        if (campaign is null)
        {
            await ErrorPages.WriteAsync(context, "Unknown campaign", requested.Length > 0 ? $"No campaign '{requested}' in this index." : "No campaign in this index yet.", StatusCodes.Status404NotFound, "not_found").ConfigureAwait(false);
            return;
        }

        var token = FormGuard.Token(context);
        using var index = access.Open();
        var queue = ReviewQueue.Of(index.ReadSegments(campaign));
        await Respond.HtmlAsync(context, ReviewPage.Render(campaign, ids, queue, access.QuestionTitles(), token)).ConfigureAwait(false);
    }
}
