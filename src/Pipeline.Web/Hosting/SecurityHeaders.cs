using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer leaving the app, and a content security policy
/// allowing only the app's own scripts and styles (an endpoint may set a stricter or hash-based one of its own).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy of the app's pages: their script and stylesheet are files under /static, nothing inline.</summary>
    public const string PagePolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = PagePolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
