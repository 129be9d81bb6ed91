using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Tests.Search;

/// <summary>The bundled demo campaign ingested into a temporary index, as `pipeline run` does: real replies, real vocabulary.</summary>
public sealed class DemoCorpusIndex : IDisposable
{
    public DemoCorpusIndex()
    {
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        var summary = IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Path, Jobs = 2 });
        Assert.Equal(0, summary.Failed);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-cli-demo-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
