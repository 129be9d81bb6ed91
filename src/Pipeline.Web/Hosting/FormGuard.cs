using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Web.Hosting;

/// <summary>
/// The app writes (corrections), so every request that is not a GET or HEAD must come from its own pages: a request
/// whose <c>Origin</c> (or <c>Sec-Fetch-Site</c>) says another site is refused before anything else is read, and the
/// form must carry the anti-forgery token its page was served with (matched against the token cookie). A page elsewhere
/// can therefore neither post a correction through the visitor's browser nor read a token to forge one.
/// </summary>
internal sealed class FormGuard(RequestDelegate next)
{
    /// <summary>The form field carrying the token.</summary>
    public const string TokenField = "__token";

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (CrossSite(context.Request) is { } why)
        {
            await ErrorPages.WriteAsync(context, "Refused", $"Cross-site request refused: {why}. Corrections can only be made from the app's own pages.", StatusCodes.Status403Forbidden, "cross_site").ConfigureAwait(false);
            return;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            await ErrorPages.WriteAsync(context, "Refused", "The form's anti-forgery token is missing or does not match: reload the page and try again.", StatusCodes.Status403Forbidden, "bad_token").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The token for the forms of a page, its cookie set on the response.</summary>
    public static string Token(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!;

    /// <summary>Why the request comes from another site; null when it does not (or says nothing, as a script without a browser).</summary>
    private static string? CrossSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            var own = $"{request.Scheme}://{request.Host}";
            return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : $"Origin {origin} is not {own}";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "cross-site" or "same-site" ? $"Sec-Fetch-Site says {site}" : null;
    }
}
