using System.Diagnostics;
using System.Globalization;
using Pipeline.Extraction.Processes;

namespace Pipeline.Extraction.Tests.Processes;

/// <summary>Which work folders in the temp folder a run may remove: those whose owner is gone, never those of a run still going.</summary>
public sealed class WorkFoldersTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pipeline-work-folders-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Create_NamesTheFolderAfterThisProcess()
    {
        // When
        var folder = WorkFolders.Create(WorkFolders.Ocr);

        // Then
        try
        {
            Assert.StartsWith($"pipeline-ocr-{Environment.ProcessId}-", folder.Name, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete();
        }
    }

    [Fact]
    public void RemoveStale_RemovesTheFoldersOfEndedProcesses_AndKeepsThoseOfRunningOnes()
    {
        // Given the folders of a process that has ended, of this (running) process, an old unnamed one, a recent
        // unnamed one, and a folder that only looks alike
        var ended = EndedProcessId();
        var dead = Make($"pipeline-soffice-{ended}-abc123");
        var deadOcr = Make($"pipeline-ocr-{ended}-def456");
        var mine = Make($"pipeline-ocr-{Environment.ProcessId}-ghi789");
        var oldUnnamed = Make("pipeline-ocr-Qx81zA");
        Directory.SetLastWriteTimeUtc(oldUnnamed, DateTime.UtcNow.AddDays(-2));
        var recentUnnamed = Make("pipeline-soffice-Zt5p0b");
        var other = Make($"pipeline-web-chromium-{ended}-x");

        // When
        var removed = WorkFolders.RemoveStale(_temp);

        // Then
        Assert.Equal(3, removed);
        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(deadOcr));
        Assert.False(Directory.Exists(oldUnnamed));
        Assert.True(Directory.Exists(mine));
        Assert.True(Directory.Exists(recentUnnamed));
        Assert.True(Directory.Exists(other));
    }

    [Fact]
    public void RemoveStale_RemovesAFolderOlderThanTheProcessNowHoldingItsId()
    {
        // Given a folder named after this process's id but written long before this process started (the id was reused)
        var reused = Make($"pipeline-soffice-{Environment.ProcessId}-old000");
        Directory.SetLastWriteTimeUtc(reused, Process.GetCurrentProcess().StartTime.ToUniversalTime().AddHours(-3));

        // When
        WorkFolders.RemoveStale(_temp);

        // Then
        Assert.False(Directory.Exists(reused));
    }

    private string Make(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "page-1.png"), "x");
        return folder;
    }

    private static int EndedProcessId()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        var id = process.Id;
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(id).Dispose());
        return id;
    }
}
