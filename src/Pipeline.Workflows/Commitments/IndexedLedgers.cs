using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Search;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Commitments;

/// <summary>
/// The ledger of a campaign held in an index, with the follow-up file it reads. The campaign is named by id (or is the
/// index's only one), or by its campaign file, whose folder then holds the follow-up file.
/// </summary>
public static class IndexedLedgers
{
    /// <exception cref="PipelineException">No index at the folder, no such campaign in it, or an unreadable follow-up file.</exception>
    public static LedgerContext Open(string? indexDirectory, string? campaign)
    {
        var path = IndexLocation.Resolve(indexDirectory);
        if (!SegmentIndex.Exists(path))
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, "no index here: run `pipeline ingest <folder> --campaign <campaign.yaml>` (or `pipeline run`) first, or give --index DIR");
        }

        using var index = SegmentIndex.Open(path);
        return Open(index, campaign);
    }

    /// <summary>The same from an index already open: a server's long-lived reader.</summary>
    /// <exception cref="PipelineException">No such campaign in the index, or an unreadable follow-up file.</exception>
    public static LedgerContext Open(SegmentIndex index, string? campaign)
    {
        ArgumentNullException.ThrowIfNull(index);
        var (loaded, followUpPath) = Campaign(index.Path, campaign);
        var ledger = LedgerBuilder.Build(loaded, index.ReadSegments(loaded.Id), FollowUpFile.Read(followUpPath), corrections: CorrectionStore.Load(index.Path, loaded.Id));
        return new LedgerContext(loaded, ledger, followUpPath, index.Path);
    }

    private static (Campaign Campaign, string FollowUpPath) Campaign(string indexDirectory, string? campaign)
    {
        if (campaign is not null && File.Exists(campaign) && Path.GetExtension(campaign) is ".yaml" or ".yml")
        {
            var fromFile = CampaignLoader.Load(campaign);
            // The index's copy is what was analysed; the file given says where the follow-up lives.
            var stored = CampaignStore.Load(indexDirectory, fromFile.Id);
            return (stored, FollowUpFile.Beside(campaign));
        }

        var loaded = CampaignStore.Load(indexDirectory, campaign);
        return (loaded, FollowUpFile.For(indexDirectory, loaded));
    }
}
