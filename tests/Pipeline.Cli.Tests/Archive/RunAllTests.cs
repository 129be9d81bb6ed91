using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Archive;

public sealed class RunAllTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-run-all-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAll_BundledCampaigns_WritesEachCampaignThenWhatChangedAndTheReusedText()
    {
        // When the bundled campaigns are run as one archive
        var (exit, stdout, _) = await CliRun.RunAsync(
            "run", "--all", "--campaigns", RepoPaths.InRepo("corpus", "campaigns"), "--index", Path.Combine(_folder, "index"), "--out", _folder);

        // Then each campaign's comparison and report, the demo → demo-2024 changes, and the archive's reused text
        Assert.Equal(0, exit);
        foreach (var file in new[] { "demo-report.html", "demo-2024-compare.xlsx", "demo-to-demo-2024-changes.html", "demo-to-demo-2024-changes.xlsx", "archive-reuse.html" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, file)), $"{file} missing; stdout: {stdout}");
        }

        var reuse = await File.ReadAllTextAsync(Path.Combine(_folder, "archive-reuse.html"));
        Assert.Contains("Meridian Gate Technologies", reuse, StringComparison.Ordinal);
        Assert.Contains("human rights policy.pdf (reference)", reuse, StringComparison.Ordinal);
        var changes = await File.ReadAllTextAsync(Path.Combine(_folder, "demo-to-demo-2024-changes.html"));
        Assert.Contains("<ins>71</ins>", changes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run --all --campaign corpus/campaigns/demo/campaign.yaml", "error: --all runs every campaign of --campaigns")]
    [InlineData("run --campaigns corpus/campaigns", "error: --campaigns goes with --all")]
    public async Task RunAll_ContradictoryOptions_AreUsageErrors(string arguments, string expected)
    {
        var (exit, _, stderr) = await CliRun.RunAsync([.. arguments.Split(' '), "--index", Path.Combine(_folder, "index")]);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }
}
