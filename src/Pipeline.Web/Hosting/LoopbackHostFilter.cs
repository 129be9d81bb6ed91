using System.Net;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Hosting;

/// <summary>
/// When serving on loopback, answers only requests addressed to a loopback host name: a web page elsewhere cannot
/// rebind its own domain name to 127.0.0.1 and read the index through the visitor's browser (DNS rebinding).
/// </summary>
internal sealed class LoopbackHostFilter(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (IsLoopback(host))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This server answers only requests to localhost or 127.0.0.1.\n");
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
