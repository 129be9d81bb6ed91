using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The documents list, one reply's page, and its original file — found by document id only.</summary>
internal static class DocumentEndpoints
{
    public static Task ListAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var campaign = context.Request.Query["campaign"].ToString() is { Length: > 0 } c ? c : null;
        string? problem = null;
        var page = QueryNumber.Read(context.Request.Query, "page", 1, 1, null, ref problem);
        using var index = access.Open();
        var documents = SnapshotDocuments.List(index, campaign);
        var last = DocumentsPage.LastPage(documents.Count);
        if (problem is null && page > last)
        {
            problem = $"page must be a whole number from 1 to {last}, not '{page}': the list holds {documents.Count} replies, {DocumentsPage.Size} a page";
        }

        return problem is not null
            ? ErrorPages.WriteAsync(context, "This list cannot be shown", problem, StatusCodes.Status400BadRequest, "invalid_parameter")
            : Respond.HtmlAsync(context, DocumentsPage.Render(documents, page, index.ListFailures(campaign), campaign));
    }

    public static async Task PageAsync(HttpContext context, string id)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        IndexedDocument document;
        List<IndexedDocument> others;
        List<IndexedSegment> segments;
        using (var index = access.Open())
        {
            var records = Records(index, id, context.Request.Query["campaign"].ToString());
            if (records.Count == 0)
            {
                await UnknownAsync(context).ConfigureAwait(false);
                return;
            }

            document = records[0];
            others = [.. records.Skip(1)];
            segments = [.. index.ReadSegments(document.CampaignId, document.DocumentId)
                .Where(s => s.Company == document.Company)
                .DistinctBy(s => s.Ordinal)];
        }

        await Respond.HtmlAsync(context, DocumentPage.Render(document, others, segments, access.QuestionTitles(), FormGuard.Token(context))).ConfigureAwait(false);
    }

    public static async Task FileAsync(HttpContext context, string id)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        List<IndexedDocument> records;
        using (var index = access.Open())
        {
            records = Records(index, id, context.Request.Query["campaign"].ToString());
        }

        if (records.Count == 0)
        {
            await UnknownAsync(context).ConfigureAwait(false);
            return;
        }

        if (OriginalFile.Read(records, out var changed) is not { } file)
        {
            var (status, message) = changed
                ? (StatusCodes.Status409Conflict, "The file at the indexed path has changed since it was indexed; run the ingest again to serve the new version.")
                : (StatusCodes.Status404NotFound, "The file is no longer where it was indexed from.");
            await ErrorPages.WriteAsync(context, "The original file is not available", message, status, "not_found").ConfigureAwait(false);
            return;
        }

        var (contentType, inline) = file.Disposition;
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.Record.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();

        if (!inline)
        {
            // A reply is data, not part of the app: should a browser render a download anyway, nothing in it may run with the app's origin.
            context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        }

        await Respond.BytesAsync(context, file.Bytes, contentType).ConfigureAwait(false);
    }

    /// <summary>The records of the id (looked up by term, not by listing every document), the requested campaign's first; none for an id that is not well formed.</summary>
    private static List<IndexedDocument> Records(SegmentIndex index, string id, string campaign) =>
        !DocumentIds.IsWellFormed(id)
            ? []
            : [.. index.FindDocuments(id).OrderBy(d => string.Equals(d.CampaignId, campaign, StringComparison.OrdinalIgnoreCase) ? 0 : 1)];

    private static Task UnknownAsync(HttpContext context) =>
        ErrorPages.WriteAsync(context, "Unknown document", "The index holds no document with this id.", StatusCodes.Status404NotFound, "not_found");
}
