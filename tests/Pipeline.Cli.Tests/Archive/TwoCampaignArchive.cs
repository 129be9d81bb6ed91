using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Tests.Archive;

/// <summary>
/// An archive of two campaigns in one index: the bundled demo (2022) and a small follow-up (2024) that asks 2d again
/// (<c>same_as: demo/2d</c>) plus a new question, answered by Helvora under its legal name, which only the shared
/// registry ties to the demo's "Helvora Biometrics".
/// </summary>
public sealed class TwoCampaignArchive : IDisposable
{
    public TwoCampaignArchive()
    {
        var folder = System.IO.Path.Combine(Root, "follow-up");
        Directory.CreateDirectory(System.IO.Path.Combine(folder, "replies"));
        var registry = RepoPaths.InRepo("corpus", "campaigns", "companies.yaml");
        File.WriteAllText(System.IO.Path.Combine(folder, "campaign.yaml"), $"""
            id: demo-follow-up
            title: Follow-up on border surveillance
            date_sent: 2024-06-03
            registry: "{registry}"
            questions:
              - id: 2d
                text: Does your company have a grievance mechanism for people affected by its products?
                topic: grievance_mechanism
                same_as: demo/2d
              - id: 4
                text: Do your products use facial recognition?
                topic: products_and_clients
            companies:
              - name: Helvora Biometrics AG
                status: responded
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "replies", "Helvora Biometrics AG - reply 2024.txt"), """
            Helvora Biometrics AG
            Zurich, 1 July 2024

            Dear Resource Centre,

            Question 2(d): Since 2023 our Speak Up line is open to anyone affected by our products, in eleven languages, and every report is reviewed by our ethics office within ten working days.

            Question 4: Our gates compare a traveller's face with the passport photo only; they keep no image after the check.

            Yours sincerely,
            Compliance Office
            """);
        Ingest(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        Ingest(System.IO.Path.Combine(folder, "campaign.yaml"));
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-archive-" + Guid.NewGuid().ToString("N"));

    public string Index => System.IO.Path.Combine(Root, "index");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Ingest(string campaignFile)
    {
        var campaign = CampaignLoader.Load(campaignFile);
        var summary = IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Index, Jobs = 2 });
        Assert.Equal(0, summary.Failed);
    }
}
