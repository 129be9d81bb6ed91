using Pipeline.Core.Errors;
using Pipeline.Search;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Comparison;

/// <summary>The comparison of a campaign held in an index, by campaign id (or the index's only campaign), read company by company.</summary>
public static class IndexedCampaigns
{
    /// <summary>
    /// Hands the campaign's comparison, read company by company (<see cref="IndexedComparisonParts"/>), to
    /// <paramref name="use"/> while the index is open: what <c>compare</c> and <c>report</c> render. One pass over the
    /// campaign, so the index is read <see cref="IndexAccessPattern.Sequential"/>ly: its files stay out of the resident size.
    /// </summary>
    /// <exception cref="PipelineException">No index at the folder, or no such campaign in it.</exception>
    public static void Read(string? indexDirectory, string? campaignId, IndexedComparisonOptions options, Action<IndexedComparisonParts> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var path = Existing(indexDirectory);
        var campaign = CampaignStore.Load(path, campaignId);
        using var index = SegmentIndex.Open(path, IndexAccessPattern.Sequential);
        use(new IndexedComparisonParts(index, campaign, options));
    }

    private static string Existing(string? indexDirectory)
    {
        var path = IndexLocation.Resolve(indexDirectory);
        return SegmentIndex.Exists(path)
            ? path
            : throw new PipelineException(ErrorCode.InvalidInput, path, "no index here: run `pipeline ingest <folder> --campaign <campaign.yaml>` (or `pipeline run`) first, or give --index DIR");
    }
}
