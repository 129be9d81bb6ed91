using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Search;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Archive;

/// <summary>An index read as an archive: its folder and every campaign ingested into it, oldest first.</summary>
/// <param name="Path">The index folder.</param>
/// <param name="Campaigns">Its campaigns, by date sent.</param>
public sealed record ArchiveIndex(string Path, IReadOnlyList<Campaign> Campaigns)
{
    /// <param name="indexDirectory">The index folder; the default when null.</param>
    /// <exception cref="PipelineException"><see cref="ErrorCode.InvalidInput"/> when there is no index, or no campaign in it.</exception>
    public static ArchiveIndex Open(string? indexDirectory)
    {
        var path = IndexLocation.Resolve(indexDirectory);
        if (!SegmentIndex.Exists(path))
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, "no index here: run `pipeline ingest <folder> --campaign <campaign.yaml>` (or `pipeline run`) first, or give --index DIR");
        }

        var campaigns = CampaignStore.All(path);
        return campaigns.Count > 0
            ? new ArchiveIndex(path, campaigns)
            : throw new PipelineException(ErrorCode.InvalidInput, path, "no campaign has been ingested into this index; run `pipeline ingest <folder> --campaign <file>` first");
    }

    /// <summary>The campaign with this id.</summary>
    /// <param name="id">A campaign id.</param>
    /// <param name="problem">Why there is none, listing the archive's campaigns.</param>
    public Campaign? Find(string id, out string? problem)
    {
        var campaign = Campaigns.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        problem = campaign is null ? $"no campaign '{id}' in this index (it holds: {string.Join(", ", Campaigns.Select(c => c.Id))})" : null;
        return campaign;
    }
}
