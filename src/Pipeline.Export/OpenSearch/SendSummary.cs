using System.Collections.Immutable;

namespace Pipeline.Export.OpenSearch;

/// <summary>What <see cref="HttpExporter.SendAsync"/> sent: per chunk, and every document the server refused.</summary>
/// <param name="Url">The server, without credentials.</param>
/// <param name="Index">The index the segments went to.</param>
/// <param name="Chunks">The bulk requests, in order.</param>
/// <param name="Indexed">Documents the server stored.</param>
/// <param name="Failures">Documents it refused, with its reasons.</param>
/// <param name="Retries">Requests and items sent again because the server was busy.</param>
public sealed record SendSummary(string Url, string Index, ImmutableArray<ExportedChunk> Chunks, int Indexed, ImmutableArray<BulkFailure> Failures, int Retries)
{
    public int Segments => Chunks.Sum(c => c.Segments);
}
