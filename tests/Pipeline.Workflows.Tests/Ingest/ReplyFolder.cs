using Pipeline.Testing;

namespace Pipeline.Workflows.Tests.Ingest;

/// <summary>A temporary copy of the demo campaign's replies, with an index folder beside it; deleted on dispose.</summary>
internal sealed class ReplyFolder : IDisposable
{
    public static readonly string DemoCampaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private static readonly string DemoReplies = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies");

    public ReplyFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-ingest-" + Guid.NewGuid().ToString("N"));
        Replies = Path.Combine(Root, "replies");
        Index = Path.Combine(Root, "index");
        Directory.CreateDirectory(Replies);
        foreach (var file in Directory.EnumerateFiles(DemoReplies))
        {
            File.Copy(file, Path.Combine(Replies, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Replies { get; }

    public string Index { get; }

    public string Reply(string company) => Directory.EnumerateFiles(Replies).Single(f => Path.GetFileName(f).StartsWith(company, StringComparison.Ordinal));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test host still holding a file must not fail the test; the temp folder is cleaned by the OS.
        }
    }
}
