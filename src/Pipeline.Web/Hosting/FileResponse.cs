using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Web.Hosting;

/// <summary>
/// A file rendered for the request, then sent: Reporting's renderers write to a stream as they go, and a temporary file
/// (deleted when closed) holds what they write, so the server's memory does not grow with the file (a campaign's whole
/// comparison) and a failure while rendering is still answered with an error page rather than a cut-off file.
/// </summary>
internal static class FileResponse
{
    /// <param name="context">The request.</param>
    /// <param name="render">Writes the file to the stream it is given.</param>
    /// <param name="contentType">The file's media type.</param>
    /// <param name="download">The name offered for saving it, as an attachment; null to show it in place.</param>
    public static async Task SendAsync(HttpContext context, Action<Stream> render, string contentType, string? download = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-serve-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        render(file);
        file.Position = 0;
        if (download is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(download);
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = file.Length;
        await file.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
