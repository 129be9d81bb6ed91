using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Web.Data;

/// <summary>
/// The replies of one snapshot of the index, as <see cref="SegmentIndex.ListDocuments"/> lists them, read once per
/// snapshot and campaign: reading every reply's stored record takes seconds at 100,000 replies (5.3–5.7 s for the
/// documents page), and the server's requests share a snapshot until an ingest commits. Kept here, not by the index's
/// view, so that compare and report at scale do not hold the list for their whole run. Thread-safe.
/// </summary>
internal static class SnapshotDocuments
{
    private static readonly ConditionalWeakTable<SegmentIndex, ConcurrentDictionary<string, Lazy<IReadOnlyList<IndexedDocument>>>> BySnapshot = new();

    /// <summary>Every reply of <paramref name="index"/>, or only <paramref name="campaign"/>'s (case ignored); the same list for every caller.</summary>
    public static IReadOnlyList<IndexedDocument> List(SegmentIndex index, string? campaign)
    {
        ArgumentNullException.ThrowIfNull(index);
        var lists = BySnapshot.GetValue(index, _ => new(StringComparer.Ordinal));
        var id = campaign?.Trim();
        return lists.GetOrAdd(id is null ? string.Empty : "campaign:" + id.ToLowerInvariant(), _ => new(() =>
            // A campaign's replies are taken from every reply's list when that has been read (it is ordered by campaign first).
            id is not null && lists.TryGetValue(string.Empty, out var all) && all.IsValueCreated
                ? [.. all.Value.Where(d => string.Equals(d.CampaignId, id, StringComparison.OrdinalIgnoreCase))]
                : index.ListDocuments(campaign))).Value;
    }
}
