using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Export.OpenSearch;

/// <summary>The segments an export sends, read from the embedded index in a stable order, so that exporting an unchanged index twice gives the same bytes.</summary>
public static class SegmentExport
{
    /// <summary>Every segment of <paramref name="campaignId"/> (case ignored), or of every campaign, one at a time: memory does not grow with the index.</summary>
    public static IEnumerable<IndexedSegment> Read(SegmentIndex index, string? campaignId = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.StreamSegments(campaignId);
    }
}
