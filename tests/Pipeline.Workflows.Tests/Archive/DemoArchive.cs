using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Evaluation.Archive;

namespace Pipeline.Workflows.Tests.Archive;

/// <summary>The two bundled demo campaigns (2022 and its 2024 follow-up) and the follow-up's reference documents, ingested once into a temporary archive.</summary>
public sealed class DemoArchive : IDisposable
{
    public DemoArchive()
    {
        Archive = TemporaryArchive.Ingest([Demo, FollowUp]);
        ReferenceIngest.AddBundled(Archive.Index, CampaignLoader.Load(FollowUp));
    }

    public static string Demo => RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");

    public static string FollowUp => RepoPaths.InRepo("corpus", "campaigns", "demo-2024", "campaign.yaml");

    public static string Gold => RepoPaths.InRepo("corpus", "campaigns", "demo-2024", "gold");

    public TemporaryArchive Archive { get; }

    public Core.Campaigns.Campaign From => Archive.Campaign(Demo);

    public Core.Campaigns.Campaign To => Archive.Campaign(FollowUp);

    public void Dispose() => Archive.Dispose();
}
