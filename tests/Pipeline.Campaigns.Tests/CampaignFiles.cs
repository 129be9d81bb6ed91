using Pipeline.Testing;

namespace Pipeline.Campaigns.Tests;

/// <summary>The campaign files committed under corpus/campaigns.</summary>
internal static class CampaignFiles
{
    public static string Mena => RepoPaths.InRepo("corpus", "campaigns", "mena-surveillance-2022", "campaign.yaml");

    public static string DemoFolder => RepoPaths.InRepo("corpus", "campaigns", "demo");

    public static string Demo => Path.Combine(DemoFolder, "campaign.yaml");
}
