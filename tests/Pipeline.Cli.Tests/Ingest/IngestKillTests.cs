using System.Diagnostics;
using Pipeline.Search.Reading;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Ingest;

/// <summary>Kills a real `pipeline ingest` process mid-batch and checks that the index is consistent and the next run finishes the rest.</summary>
public sealed class IngestKillTests : IDisposable
{
    private const int Copies = 4;
    private static readonly string Campaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pipeline-kill-" + Guid.NewGuid().ToString("N"));

    public IngestKillTests()
    {
        // Given 64 replies: the demo replies four times over, under distinct names
        Directory.CreateDirectory(Replies);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.InRepo("corpus", "campaigns", "demo", "replies")))
        {
            for (var copy = 1; copy <= Copies; copy++)
            {
                File.Copy(file, Path.Combine(Replies, $"{Path.GetFileNameWithoutExtension(file)} {copy}{Path.GetExtension(file)}"));
            }
        }
    }

    private string Replies => Path.Combine(_root, "replies");

    private string Index => Path.Combine(_root, "index");

    private int Total => Directory.GetFiles(Replies).Length;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A named pipe sorted after the replies: reading it blocks until the test lets go, so the process is
    /// still running when it is killed however fast it got through the rest.</summary>
    private string HeldOpen => Path.Combine(Replies, "zzz held open.txt");

    [Fact]
    public async Task Ingest_KilledMidBatch_LeavesAConsistentIndexThatTheNextRunCompletes()
    {
        // When the process is killed after 30 of 64 files (one at a time, so commits every 25 replies have happened),
        // while it waits on the last file, which never arrives
        MakeFifo(HeldOpen);
        await RunAndKillAfterAsync(files: 30);
        File.Delete(HeldOpen);

        // Then the index holds whole replies only: at least the first commit, not everything
        var survived = AssertConsistent();
        Assert.InRange(survived, 25, Total - 1);

        // When ingest runs again
        var (exit, output, _) = await PipelineProcess.RunAsync("ingest", Replies, "--campaign", Campaign, "--index", Index);

        // Then it adds exactly what was lost, and the index is complete without duplicates
        Assert.Equal(0, exit);
        Assert.Contains($"added {Total - survived}, replaced 0, unchanged {survived}, failed 0", output, StringComparison.Ordinal);
        Assert.Equal(Total, AssertConsistent());
    }

    private async Task RunAndKillAfterAsync(int files)
    {
        using var process = PipelineProcess.Start("ingest", Replies, "--campaign", Campaign, "--index", Index, "--jobs", "1");
        _ = process.StandardOutput.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardError.ReadLineAsync()) is not null)
        {
            if (line.StartsWith($"[{files}/", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync();
        Assert.NotEqual(0, process.ExitCode);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Every indexed reply has all its segments and only once; returns how many replies the index holds.</summary>
    private int AssertConsistent()
    {
        using var index = SegmentIndex.Open(Index);
        var documents = index.ListDocuments("demo");
        var segments = index.ReadSegments("demo");
        Assert.Equal(documents.Count, documents.Select(d => d.SourcePath).Distinct().Count());
        var byFile = segments.GroupBy(s => s.FileName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(documents.Select(d => d.FileName).Order(), byFile.Keys.Order());
        Assert.All(documents, d => Assert.Equal(d.SegmentCount, byFile[d.FileName]));
        return documents.Count;
    }
}
