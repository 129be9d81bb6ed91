using System.Collections.Concurrent;
using Pipeline.Search.Indexing;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Reading;

/// <summary>The indexed replies of one view: listed, and counted.</summary>
public sealed partial class SegmentIndex
{
    // A view never changes, so its lists are read once: reading every reply's stored record takes seconds at 100,000
    // replies (6 s for the web app's documents page), and the web app asks a view it shares for them again and again.
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<IndexedDocument>>> _listings = new(StringComparer.Ordinal);

    /// <summary>
    /// Every indexed reply, by campaign, company and file; only <paramref name="campaignId"/>'s (case ignored) when given.
    /// Read once per view and campaign; the same list is returned to every caller.
    /// </summary>
    public IReadOnlyList<IndexedDocument> ListDocuments(string? campaignId = null) =>
        _listings.GetOrAdd(campaignId is null ? string.Empty : "campaign:" + KeywordValue.Normalise(campaignId), _ => new(() =>
            // A campaign's replies are taken from every reply's list when that has been read (the list is by campaign first).
            campaignId is not null && _listings.TryGetValue(string.Empty, out var all) && all.IsValueCreated
                ? [.. all.Value.Where(d => string.Equals(KeywordValue.Normalise(d.CampaignId), KeywordValue.Normalise(campaignId), StringComparison.Ordinal))]
                : InListOrder(Find(SegmentFields.DocumentKind, campaignId).Select(DocumentRecord.FromLucene)))).Value;

    /// <summary>How many replies are indexed; only <paramref name="campaignId"/>'s (case ignored) when given. Counted by terms, without reading them.</summary>
    public int CountDocuments(string? campaignId = null) => _searcher.Search(RecordsQuery(SegmentFields.DocumentKind, campaignId), 1).TotalHits;
}
