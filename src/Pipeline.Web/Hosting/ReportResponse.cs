using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Hosting;

/// <summary>
/// A self-contained page of Reporting's (the campaign report) rendered into a temporary file and sent from it, with a
/// line of links inserted after its <c>&lt;body&gt;</c>: the server's memory does not grow with the report. Its one
/// inline stylesheet is in the head and its one inline script after the body's content (Reporting's page frame), so the
/// policy allowing them (<see cref="InlineHashes"/>) is computed from the file's start and end.
/// </summary>
internal static class ReportResponse
{
    /// <summary>How much of the file's start and end is read for the body tag and the inline stylesheet and script: more than they take.</summary>
    private const int Edge = 1 << 20;

    public static async Task SendAsync(HttpContext context, Action<Stream> render, string links)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-serve-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        render(file);
        var start = await ReadAsync(file, 0, context.RequestAborted).ConfigureAwait(false);
        var end = await ReadAsync(file, Math.Max(0, file.Length - Edge), context.RequestAborted).ConfigureAwait(false);
        var head = Encoding.UTF8.GetString(start);
        var at = head.IndexOf("<body>", StringComparison.Ordinal);
        var split = at < 0 ? 0 : Encoding.UTF8.GetByteCount(head.AsSpan(0, at + "<body>".Length));
        var inserted = at < 0 ? [] : Encoding.UTF8.GetBytes("\n" + links);

        context.Response.Headers.ContentSecurityPolicy = InlineHashes.PolicyFor(head + Encoding.UTF8.GetString(end));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = file.Length + inserted.Length;
        await context.Response.Body.WriteAsync(start.AsMemory(0, split), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(inserted, context.RequestAborted).ConfigureAwait(false);
        file.Position = split;
        await file.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadAsync(FileStream file, long from, CancellationToken cancellationToken)
    {
        var bytes = new byte[(int)Math.Min(Edge, file.Length - from)];
        file.Position = from;
        await file.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        return bytes;
    }
}
