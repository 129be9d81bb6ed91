using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Pipeline.Core.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Workflows;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Web.Data;

/// <summary>
/// A campaign's commitments ledger as the commitments page and API read it: built once per snapshot of the index and
/// version of what it is built from — the campaign's files kept with the index (its corrections among them) and its
/// follow-up file — rather than on every request (a build reads every answer of the campaign: minutes at 20,000
/// replies). Only the latest build of each campaign is kept per snapshot.
/// </summary>
internal static class LedgerSource
{
    private static readonly ConditionalWeakTable<SegmentIndex, ConcurrentDictionary<string, (string Version, Lazy<LedgerContext> Ledger)>> BySnapshot = new();

    /// <summary>The ledger of <paramref name="campaign"/> as of this snapshot; the snapshot must be open while the first request builds it.</summary>
    /// <exception cref="Core.Errors.PipelineException">An unreadable follow-up file (as <see cref="IndexedLedgers.Open(SegmentIndex, string?)"/>).</exception>
    public static LedgerContext For(SegmentIndex index, Campaign campaign)
    {
        var version = $"{CampaignFiles.Version(index.Path, campaign.Id)}|{FileStamp.Of(FollowUpFile.For(index.Path, campaign))}";
        var built = BySnapshot.GetValue(index, _ => new(StringComparer.Ordinal));
        var entry = built.AddOrUpdate(
            campaign.Id,
            _ => (version, Build(index, campaign)),
            (_, known) => known.Version == version ? known : (version, Build(index, campaign)));
        try
        {
            return entry.Ledger.Value;
        }
        catch
        {
            // A failed build (a follow-up file being written, say) is not kept: the next request tries again.
            built.TryRemove(new KeyValuePair<string, (string, Lazy<LedgerContext>)>(campaign.Id, entry));
            throw;
        }
    }

    private static Lazy<LedgerContext> Build(SegmentIndex index, Campaign campaign) => new(() => IndexedLedgers.Open(index, campaign.Id));
}
