using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Export.OpenSearch;

/// <summary>The segments an export sends, read from the embedded index in a stable order, so that exporting twice gives the same bytes.</summary>
public static class SegmentExport
{
    /// <summary>Every segment of <paramref name="campaignId"/> (case ignored), or of every campaign by id, each by company, file and position.</summary>
    public static IEnumerable<IndexedSegment> Read(SegmentIndex index, string? campaignId = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var campaigns = index.Campaigns()
            .Where(c => campaignId is null || string.Equals(c, campaignId, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

        // One campaign at a time: memory follows the largest campaign, not the archive.
        return campaigns.SelectMany(index.ReadSegments);
    }
}
