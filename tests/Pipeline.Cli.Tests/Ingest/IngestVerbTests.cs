using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Ingest;

public sealed class IngestVerbTests : IDisposable
{
    private static readonly string Campaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-ingest-verb-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Ingest_EmptyFolder_SaysNoReplyWasFound_AndWhereToPutThem()
    {
        // Given an empty replies folder
        var replies = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;

        // When
        var (exit, stdout, _) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", Campaign, "--index", Path.Combine(_root, "index"));

        // Then it is not an error, and the researcher is told what to do rather than that "all 0 files" were indexed
        Assert.Equal(0, exit);
        Assert.StartsWith("No reply file found for campaign 'demo': put the replies (PDF, Word", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("all 0 files", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OneFileTwice_SaysTheFileWasIndexedAlready()
    {
        // Given a folder with one reply, ingested once
        var replies = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;
        File.Copy(RepoPaths.InRepo("corpus", "campaigns", "demo", "replies", "Orvik Secure Communications - reply.pdf"), Path.Combine(replies, "Orvik Secure Communications - reply.pdf"));
        string[] args = ["ingest", replies, "--campaign", Campaign, "--index", Path.Combine(_root, "index")];
        await PipelineProcess.RunAsync(args);

        // When it runs again
        var (exit, stdout, _) = await PipelineProcess.RunAsync(args);

        // Then
        Assert.Equal(0, exit);
        Assert.StartsWith("Nothing changed: the file of campaign 'demo' was indexed already, with the same content and processing", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameCampaignByRelativeThenAbsolutePath_ReprocessesNothing()
    {
        // Given a campaign file and a reply, ingested with the campaign named by a relative path ("./…/campaign.yaml",
        // from the folder the executable runs in)
        var campaign = Path.Combine(_root, "campaign.yaml");
        DemoCampaignCopy.CampaignFileTo(campaign);
        var replies = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;
        File.Copy(RepoPaths.InRepo("corpus", "campaigns", "demo", "replies", "Orvik Secure Communications - reply.pdf"), Path.Combine(replies, "Orvik Secure Communications - reply.pdf"));
        var index = Path.Combine(_root, "index");
        var relative = "./" + Path.GetRelativePath(Path.GetTempPath(), campaign);
        var (first, _, _) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", relative, "--index", index);

        // When the same campaign is named by its absolute path
        var (exit, stdout, _) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", campaign, "--index", index);

        // Then the reply is not processed again: the stamp is of the campaign's content, not of the path as typed
        Assert.Equal((0, 0), (first, exit));
        Assert.StartsWith("Nothing changed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TwoIndexesInOneFolder_KeepAFailureReportEach_InsideTheIndex()
    {
        // Given two replies folders, each with one broken reply, ingested into two indexes side by side
        string[] companies = ["Lumen Arc Robotics", "Greyfriars Surveillance Solutions"];
        foreach (var company in companies)
        {
            var replies = Directory.CreateDirectory(Path.Combine(_root, "replies-" + company[..5])).FullName;
            File.WriteAllBytes(Path.Combine(replies, company + " - reply.pdf"), []);

            // When
            var (exit, _, _) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", Campaign, "--index", Path.Combine(_root, "index-" + company[..5]));
            Assert.Equal(2, exit);
        }

        // Then each index holds the report of its own run, and nothing is written beside them
        foreach (var company in companies)
        {
            var report = await File.ReadAllTextAsync(Path.Combine(_root, "index-" + company[..5], "ingest-report.json"));
            Assert.Contains(company + " - reply.pdf", report, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_root, "ingest-report.json")));
    }
}
