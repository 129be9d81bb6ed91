using Microsoft.AspNetCore.Http;
using Pipeline.Web.Data;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Hosting;

/// <summary>Before the first ingest there is nothing to show: every page says how to make an index (the API says it in JSON).</summary>
internal sealed class IndexRequired(RequestDelegate next, IndexAccess access)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/static", StringComparison.Ordinal) || access.Exists)
        {
            return next(context);
        }

        var message = $"There is no index at {access.Directory} yet. Run `pipeline run` (the bundled demo campaign) or "
            + "`pipeline ingest <folder> --campaign <campaign.yaml>` from the folder you serve, then reload this page.";
        if (Respond.IsApi(context))
        {
            return Respond.JsonAsync(context, new ApiError("no_index", message).Document(), StatusCodes.Status503ServiceUnavailable);
        }

        var page = Layout.Message(
            "No index yet",
            $"<p>There is no index at <code>{Html.Encode(access.Directory)}</code> yet.</p>"
            + "<p>To try Pipeline on the bundled demo campaign, run <code>pipeline run</code>; for your own replies, run "
            + "<code>pipeline ingest &lt;folder&gt; --campaign &lt;campaign.yaml&gt;</code>. Then reload this page.</p>"
            + "<p class=\"note\">Or start <code>pipeline serve --index DIR</code> on an existing index.</p>");
        return Respond.HtmlAsync(context, page, StatusCodes.Status503ServiceUnavailable);
    }
}
