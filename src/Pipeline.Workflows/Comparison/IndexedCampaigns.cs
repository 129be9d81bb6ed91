using Pipeline.Core.Errors;
using Pipeline.Core.Reports;
using Pipeline.Search;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Comparison;

/// <summary>The comparison of a campaign held in an index, by campaign id (or the index's only campaign).</summary>
public static class IndexedCampaigns
{
    /// <exception cref="PipelineException">No index at the folder, or no such campaign in it.</exception>
    public static CampaignComparison Compare(string? indexDirectory, string? campaignId)
    {
        var path = IndexLocation.Resolve(indexDirectory);
        if (!SegmentIndex.Exists(path))
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, "no index here: run `pipeline ingest <folder> --campaign <campaign.yaml>` (or `pipeline run`) first, or give --index DIR");
        }

        var campaign = CampaignStore.Load(path, campaignId);
        using var index = SegmentIndex.Open(path);
        return ComparisonBuilder.Build(index, campaign);
    }
}
