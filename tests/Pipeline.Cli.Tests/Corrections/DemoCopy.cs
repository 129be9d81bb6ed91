using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Tests.Corrections;

/// <summary>A temporary copy of the demo campaign (file and replies) ingested into its own index: corrections are written beside it.</summary>
internal sealed class DemoCopy : IDisposable
{
    public DemoCopy()
    {
        DemoCampaignCopy.Into(Root);
        var campaign = CampaignLoader.Load(CampaignFile);
        Assert.Equal(0, IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Index, Jobs = 2 }).Failed);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-correct-" + Guid.NewGuid().ToString("N"));

    public string CampaignFile => Path.Combine(Root, "campaign.yaml");

    public string Index => Path.Combine(Root, "index");

    /// <summary>The options every verb here takes: this copy's campaign and index.</summary>
    public string[] Options => ["--campaign", CampaignFile, "--index", Index];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder if a process still holds a file.
        }
    }
}
