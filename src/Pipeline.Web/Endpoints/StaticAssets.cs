using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>The app's stylesheets and script, embedded in the assembly: nothing is fetched from the network, and no build step makes them.</summary>
internal static class StaticAssets
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> Files = new Dictionary<string, (byte[], string)>
    {
        ["app.css"] = (Embedded("app.css"), "text/css; charset=utf-8"),
        ["app.js"] = (Embedded("app.js"), "text/javascript; charset=utf-8"),
        ["status.css"] = (Encoding.UTF8.GetBytes(StatusBadge.Css()), "text/css; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Task ServeAsync(HttpContext context, string name)
    {
        if (!Files.TryGetValue(name, out var file))
        {
            return Routes.NotFoundAsync(context);
        }

        context.Response.Headers.CacheControl = "no-cache";
        return Respond.BytesAsync(context, file.Bytes, file.ContentType);
    }

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("Pipeline.Web.Assets." + name)
            ?? throw new InvalidOperationException($"the asset {name} is not embedded in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
