using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;

namespace Pipeline.Cli.Output;

/// <summary>Human-readable list of indexed documents: one aligned row each, then their warnings, then the files that could not be indexed.</summary>
internal static class DocumentsView
{
    private static readonly string[] Headers = ["campaign", "company", "file", "format", "pages", "segments", "warnings", "ingested (UTC)"];

    public static async Task WriteAsync(IReadOnlyList<IndexedDocument> documents, IReadOnlyList<FailedReply> failures, TextWriter output)
    {
        if (documents.Count == 0)
        {
            await output.WriteLineAsync("The index holds no document.");
        }
        else
        {
            await WriteDocumentsAsync(documents, output);
        }

        // A reply that could not be read is missing from every comparison: it is listed, never silently absent.
        if (failures.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Not indexed ({failures.Count}): {(failures.Count == 1 ? "a reply file" : "reply files")} that could not be read at the last ingest");
            foreach (var failure in failures)
            {
                await output.WriteLineAsync($"  {failure.CampaignId}  {failure.Company ?? "(unknown)"}  {failure.Code.ToKebabCase()}: {failure.Reason}");
            }
        }
    }

    private static async Task WriteDocumentsAsync(IReadOnlyList<IndexedDocument> documents, TextWriter output)
    {

        var rows = documents.Select(d => new[]
        {
            d.CampaignId, d.Company ?? "(unknown)", d.FileName, d.Format.ToString().ToLowerInvariant(),
            d.Pages.ToString(), d.SegmentCount.ToString(), d.Warnings.Length.ToString(), d.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm"),
        }).ToList();
        var widths = Headers.Select((h, i) => rows.Max(r => r[i].Length) is var w && w > h.Length ? w : h.Length).ToArray();
        await output.WriteLineAsync(Row(Headers, widths));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Row(row, widths));
        }

        await output.WriteLineAsync();
        var segments = documents.Sum(d => d.SegmentCount);
        await output.WriteLineAsync($"{documents.Count} document{(documents.Count == 1 ? "" : "s")}, {segments} segment{(segments == 1 ? "" : "s")}");
        foreach (var document in documents.Where(d => d.Warnings.Length > 0))
        {
            foreach (var warning in document.Warnings)
            {
                var page = warning.Page is { } p ? $" (p. {p})" : string.Empty;
                await output.WriteLineAsync($"warning: {document.FileName}: {warning.Code}{page}: {warning.Message}");
            }
        }
    }

    // Numbers are right-aligned, text left-aligned.
    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i is >= 4 and <= 6 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
