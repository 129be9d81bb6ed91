using System.Collections.Immutable;
using Pipeline.Search.Indexing;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// Sends an export to a server: the index template, then the bulk chunks one after another, then a refresh. Ids are the
/// segments' own, so sending again after a failure replaces what arrived rather than duplicating it.
/// </summary>
public static class HttpExporter
{
    /// <param name="progress">Told after each chunk: chunks sent so far, and the chunk's outcome.</param>
    public static async Task<SendSummary> SendAsync(
        OpenSearchClient client,
        IEnumerable<IndexedSegment> segments,
        string indexName = IndexTemplate.DefaultIndexName,
        long maxChunkBytes = BulkChunker.MaxBytes,
        Action<int, BulkOutcome>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(segments);
        await client.PutTemplateAsync(indexName, IndexTemplate.Build(indexName), cancellationToken).ConfigureAwait(false);
        var chunks = ImmutableArray.CreateBuilder<ExportedChunk>();
        var failures = ImmutableArray.CreateBuilder<BulkFailure>();
        var indexed = 0;
        var retries = 0;
        foreach (var chunk in BulkChunker.Chunk(segments.Select(s => BulkChunker.Pair(s, indexName)), maxChunkBytes))
        {
            var outcome = await client.BulkAsync(chunk, cancellationToken).ConfigureAwait(false);
            chunks.Add(new ExportedChunk(chunk.FileName, chunk.Pairs.Length, chunk.Length));
            indexed += outcome.Indexed;
            retries += outcome.Retries;
            failures.AddRange(outcome.Failures);
            progress?.Invoke(chunks.Count, outcome);
        }

        if (chunks.Count > 0)
        {
            await client.RefreshAsync(indexName, cancellationToken).ConfigureAwait(false);
        }

        return new SendSummary(client.Url.ToString(), indexName, chunks.ToImmutable(), indexed, failures.ToImmutable(), retries);
    }
}
