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
}
