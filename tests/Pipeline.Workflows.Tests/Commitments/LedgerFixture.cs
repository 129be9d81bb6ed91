using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>A copy of a bundled campaign (campaign file and replies) ingested into a fresh index, so that follow-up files written beside it stay in the temporary folder.</summary>
public abstract class LedgerFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pipeline-ledger-" + Guid.NewGuid().ToString("N"));

    protected LedgerFixture(params string[] campaignFolder)
    {
        var source = RepoPaths.InRepo(["corpus", "campaigns", .. campaignFolder]);
        Directory.CreateDirectory(Path.Combine(_root, "replies"));
        DemoCampaignCopy.CampaignFileTo(Path.Combine(source, "campaign.yaml"), CampaignFile);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "replies")))
        {
            File.Copy(file, Path.Combine(_root, "replies", Path.GetFileName(file)));
        }

        Campaign = CampaignLoader.Load(CampaignFile);
        IngestJob.CreateDefault().Run(Campaign, [Replies], new IngestOptions { IndexDirectory = Index });
    }

    public Campaign Campaign { get; }

    public string CampaignFile => Path.Combine(_root, "campaign.yaml");

    public string Replies => Path.Combine(_root, "replies");

    public string Index => Path.Combine(_root, "index");

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class DemoLedgerFixture() : LedgerFixture("demo");

public sealed class IndependentDevLedgerFixture() : LedgerFixture("independent", "dev");
