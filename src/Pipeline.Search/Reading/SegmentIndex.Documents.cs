using Pipeline.Search.Indexing;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Reading;

/// <summary>The indexed replies of one view: listed, and counted.</summary>
public sealed partial class SegmentIndex
{
    /// <summary>Every indexed reply, by campaign, company and file; only <paramref name="campaignId"/>'s (case ignored) when given.</summary>
    public IReadOnlyList<IndexedDocument> ListDocuments(string? campaignId = null) =>
        InListOrder(Find(SegmentFields.DocumentKind, campaignId).Select(DocumentRecord.FromLucene));

    /// <summary>How many replies are indexed; only <paramref name="campaignId"/>'s (case ignored) when given. Counted by terms, without reading them.</summary>
    public int CountDocuments(string? campaignId = null) => _searcher.Search(RecordsQuery(SegmentFields.DocumentKind, campaignId), 1).TotalHits;
}
