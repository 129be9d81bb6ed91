using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Json;

namespace Pipeline.Web.Hosting;

/// <summary>Writes a whole response: a page, a JSON document or a file.</summary>
internal static class Respond
{
    public static Task HtmlAsync(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>One JSON document shaped as the command line prints it (<see cref="PipelineJson.Indented"/>).</summary>
    public static Task JsonAsync<T>(HttpContext context, T value, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(value, PipelineJson.Indented), context.RequestAborted);
    }

    public static async Task BytesAsync(HttpContext context, ReadOnlyMemory<byte> bytes, string contentType, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Tells the client when to ask again after a 503 (in seconds).</summary>
    public static void RetryAfter(HttpContext context, int seconds = 2) => context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for the JSON API's paths, and a correction posted by the app's script: their errors are JSON rather than pages.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || (context.Request.Path.StartsWithSegments("/corrections", StringComparison.OrdinalIgnoreCase) && context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase));
}
