using Pipeline.Core.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Workflows;

namespace Pipeline.Web.Data;

/// <summary>
/// The index the app serves. Each request opens its own read-only snapshot of the last commit and disposes it: an
/// ingest running meanwhile is never blocked, and its next commit is visible to the next request.
/// </summary>
internal sealed class IndexAccess(string directory)
{
    /// <summary>The index folder (full path).</summary>
    public string Directory { get; } = directory;

    /// <summary>False until the first ingest has committed.</summary>
    public bool Exists => SegmentIndex.Exists(Directory);

    public SegmentIndex Open() => SegmentIndex.Open(Directory);

    /// <summary>The campaigns ingested into the index (their files are kept beside it), sorted.</summary>
    public IReadOnlyList<string> CampaignIds() => CampaignStore.Ids(Directory);

    /// <summary>A campaign ingested into the index; call with an id from <see cref="CampaignIds"/>.</summary>
    public Campaign LoadCampaign(string id) => CampaignStore.Load(Directory, id);

    /// <summary>Every ingested campaign's questions, for showing an id with its title.</summary>
    public QuestionTitles QuestionTitles() => new([.. CampaignIds().Select(LoadCampaign)]);
}
