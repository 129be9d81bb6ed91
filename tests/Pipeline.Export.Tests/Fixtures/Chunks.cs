using Pipeline.Export.OpenSearch;

namespace Pipeline.Export.Tests.Fixtures;

/// <summary>The fixture index's segments as one bulk chunk.</summary>
internal static class Chunks
{
    public static BulkChunk All(ExportIndex index)
    {
        using var reader = index.Open();
        return BulkChunker.Chunk([.. SegmentExport.Read(reader).Select(s => BulkChunker.Pair(s, IndexTemplate.DefaultIndexName))]).Single();
    }
}
