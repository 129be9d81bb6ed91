using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// Writes an export folder: <c>index-template.json</c> (for <c>PUT _index_template/NAME</c>) and <c>bulk-0001.ndjson</c>, …
/// (for <c>POST _bulk</c>). Nothing in the files depends on the time or the machine, so exporting an unchanged index again
/// gives identical files; bulk files left by an earlier, larger export are removed.
/// </summary>
public static class FileExporter
{
    public const string TemplateFileName = "index-template.json";

    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <exception cref="PipelineException">The folder cannot be written.</exception>
    public static FileExportSummary Write(string directory, IEnumerable<IndexedSegment> segments, string indexName = IndexTemplate.DefaultIndexName, long maxChunkBytes = BulkChunker.MaxBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(segments);
        var full = Path.GetFullPath(directory);
        try
        {
            Directory.CreateDirectory(full);
            foreach (var stale in Directory.EnumerateFiles(full, "bulk-*.ndjson"))
            {
                File.Delete(stale);
            }

            File.WriteAllText(Path.Combine(full, TemplateFileName), IndexTemplate.Build(indexName).ToJsonString(Indented) + "\n", new UTF8Encoding(false));
            var written = ImmutableArray.CreateBuilder<ExportedChunk>();
            foreach (var chunk in BulkChunker.Chunk(segments.Select(s => BulkChunker.Pair(s, indexName)), maxChunkBytes))
            {
                File.WriteAllBytes(Path.Combine(full, chunk.FileName), chunk.ToBytes());
                written.Add(new ExportedChunk(chunk.FileName, chunk.Pairs.Length, chunk.Length));
            }

            return new FileExportSummary(full, TemplateFileName, written.ToImmutable());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, full, $"the export cannot be written: {ex.Message}", ex);
        }
    }
}
