using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Failures;

/// <summary>An --index that cannot be an index is one clear line and a documented exit code for every verb, never a stack trace.</summary>
public sealed class IndexPathTests : IDisposable
{
    private static readonly string Campaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private static readonly string Replies = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies");

    // Readable by everyone: the permission tests run pipeline as another user, who must reach the folders inside.
    private readonly string _root = OtherUser.CreateSharedFolder(Path.Combine(Path.GetTempPath(), "pipeline-index-path-" + Guid.NewGuid().ToString("N")));

    public IndexPathTests() => File.WriteAllText(AFile, "not an index");

    private string AFile => Path.Combine(_root, "notes.txt");

    public void Dispose()
    {
        OtherUser.Restore(Path.Combine(_root, "locked"));
        OtherUser.Restore(Path.Combine(_root, "index"));
        Directory.Delete(_root, recursive: true);
    }

    public static TheoryData<string> VerbsWithAnIndex => new()
    {
        "search x",
        "documents",
        "compare",
        "report --out REPORT",
        "serve --port 0",
        "ingest REPLIES --campaign CAMPAIGN",
        "run --campaign CAMPAIGN --out OUT",
    };

    [Theory]
    [MemberData(nameof(VerbsWithAnIndex))]
    public async Task IndexOnARegularFile_IsAUsageError_ForEveryVerb(string verb)
    {
        // When a verb is pointed at a regular file as its index
        var (exit, _, stderr) = await PipelineProcess.RunAsync([.. Expand(verb), "--index", AFile]);

        // Then one line, exit 1, and the file is untouched
        Assert.Equal(1, exit);
        Assert.Equal($"error: --index {AFile} is a file, not a folder", stderr.TrimEnd());
        Assert.Equal("not an index", File.ReadAllText(AFile));
    }

    [Fact]
    public async Task IndexUnderARegularFile_CannotBeCreated_AndSaysWhy()
    {
        // Given a path that cannot become a folder, whoever runs (root included)
        var index = Path.Combine(AFile, "index");

        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync("ingest", Replies, "--campaign", Campaign, "--index", index);

        // Then
        Assert.Equal(1, exit);
        Assert.Equal($"error: --index {index} cannot be a folder: {AFile} is a file", stderr.TrimEnd());
    }

    [OtherUserFact]
    public async Task IndexFolderThatCannotBeCreated_SaysPermissionDenied()
    {
        // Given a folder the user running pipeline may not write in
        var locked = Directory.CreateDirectory(Path.Combine(_root, "locked")).FullName;
        var index = Path.Combine(locked, "index");

        // When ingest is asked to create its index there
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(OtherUser.Denied(locked, "ingest", Replies, "--campaign", Campaign, "--index", index));

        // Then one fatal line (exit 3) saying so, and nothing processed
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error (io-error): {index}: permission denied: the index folder cannot be created here (give --index DIR to use another)", stderr.TrimEnd());
        Assert.False(Directory.Exists(index));
    }

    [OtherUserFact]
    public async Task ReadOnlyIndex_SaysPermissionDenied_NotThatItsLockIsHeld()
    {
        // Given an index, written once, that the user running pipeline may only read
        var index = Path.Combine(_root, "index");
        var one = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;
        File.Copy(Path.Combine(Replies, "Orvik Secure Communications - reply.pdf"), Path.Combine(one, "Orvik Secure Communications - reply.pdf"));
        var (created, _, _) = await PipelineProcess.RunAsync("ingest", one, "--campaign", Campaign, "--index", index);
        Assert.Equal(0, created);

        // When ingest runs on it again
        var (exit, _, stderr) = await PipelineProcess.RunAsync(OtherUser.Denied(index, "ingest", Replies, "--campaign", Campaign, "--index", index));

        // Then
        Assert.Equal(3, exit);
        Assert.Equal($"error (io-error): {index}: permission denied: this user may not write in the index folder (give --index DIR to use another)", stderr.TrimEnd());
        Assert.DoesNotContain("write.lock", stderr, StringComparison.Ordinal);
    }

    private string[] Expand(string verb) =>
        [.. verb.Split(' ').Select(word => word switch
        {
            "REPORT" => Path.Combine(_root, "report.html"),
            "REPLIES" => Replies,
            "CAMPAIGN" => Campaign,
            "OUT" => Path.Combine(_root, "out"),
            _ => word,
        })];
}
