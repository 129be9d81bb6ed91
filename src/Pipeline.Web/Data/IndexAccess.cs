using Pipeline.Core.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Workflows;

namespace Pipeline.Web.Data;

/// <summary>
/// The index the app serves, through one long-lived reader (<see cref="SharedSegmentIndex"/>): each request takes the
/// snapshot of the last commit and disposes it, its caches stay warm across requests, an ingest running meanwhile is
/// never blocked, and its next commit is visible to the next request.
/// </summary>
internal sealed class IndexAccess(string directory) : IDisposable
{
    private readonly SharedSegmentIndex _shared = new(directory);
    private readonly StoredCampaigns _campaigns = new(directory);

    /// <summary>The index folder (full path).</summary>
    public string Directory { get; } = directory;

    /// <summary>False until the first ingest has committed (looked for on disk until the shared reader has opened it).</summary>
    public bool Exists => _shared.IsOpen || SegmentIndex.Exists(Directory);

    /// <summary>The index as of its last commit; dispose it when the request is done with it.</summary>
    public SegmentIndex Open() => _shared.Acquire();

    public void Dispose() => _shared.Dispose();

    /// <summary>The campaigns ingested into the index (their files are kept beside it), sorted.</summary>
    public IReadOnlyList<string> CampaignIds() => CampaignStore.Ids(Directory);

    /// <summary>A campaign ingested into the index; call with an id from <see cref="CampaignIds"/>. Parsed once per version of its files.</summary>
    public Campaign LoadCampaign(string id) => _campaigns.Load(id);

    /// <summary>Every ingested campaign's questions, for showing an id with its title.</summary>
    public QuestionTitles QuestionTitles() => new([.. CampaignIds().Select(LoadCampaign)]);
}
