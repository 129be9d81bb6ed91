using Pipeline.Search.Indexing;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Reading;

public sealed partial class SegmentIndex
{
    /// <summary>
    /// Every segment of <paramref name="campaignId"/> (case ignored; all campaigns when null), read one at a time in the
    /// index's own order: memory stays flat however many there are, and an unchanged index gives the same sequence.
    /// What an export to OpenSearch sends. Enumerate before disposing the index.
    /// </summary>
    public IEnumerable<IndexedSegment> StreamSegments(string? campaignId = null) =>
        Find(SegmentFields.SegmentKind, campaignId).Select(SegmentRecord.FromLucene);
}
