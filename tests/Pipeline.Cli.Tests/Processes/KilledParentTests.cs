using System.Diagnostics;
using System.Globalization;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Processes;

/// <summary>
/// kill -9 of pipeline leaves no tool running (soffice, tesseract, pdftoppm would otherwise be handed to PID 1 and run
/// on), and the work folder it could not remove is removed by the next run. A fake soffice stands in for LibreOffice.
/// </summary>
public sealed class KilledParentTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-killed-parent-").FullName;

    public KilledParentTests()
    {
        Directory.CreateDirectory(Tools);
        Directory.CreateDirectory(Temp);
        Directory.CreateDirectory(Replies);

        // Records its own id and that of a child it starts (as soffice starts soffice.bin), then waits for ever.
        var soffice = Path.Combine(Tools, "soffice");
        File.WriteAllText(soffice, $"#!/bin/sh\necho $$ > '{ToolPid}'\nsleep 300 &\necho $! > '{GrandchildPid}'\nwait\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(Replies, "letter.rtf"), @"{\rtf1\ansi Dear Sir, this is our reply.}");
        File.WriteAllText(Path.Combine(Replies, "note.txt"), "A plain reply that needs no tool.");
    }

    private string Tools => Path.Combine(_root, "bin");

    private string Temp => Path.Combine(_root, "tmp");

    private string Replies => Path.Combine(_root, "replies");

    private string ToolPid => Path.Combine(_root, "tool.pid");

    private string GrandchildPid => Path.Combine(_root, "grandchild.pid");

    public void Dispose()
    {
        // Whatever the outcome, no sleeper outlives the test.
        foreach (var file in new[] { ToolPid, GrandchildPid }.Where(File.Exists))
        {
            if (int.TryParse(File.ReadAllText(file), CultureInfo.InvariantCulture, out var pid) && IsRunning(pid))
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
        }

        Directory.Delete(_root, recursive: true);
    }

    [ToolFact("setpriv", "setsid")]
    public async Task Pipeline_KilledWhileAToolRuns_TakesTheToolWithIt_AndTheNextRunRemovesItsWorkFolder()
    {
        // Given pipeline extracting a reply through the (fake) soffice, which is now running
        using var pipeline = Process.Start(Start("extract", Path.Combine(Replies, "letter.rtf")))!;
        _ = pipeline.StandardOutput.ReadToEndAsync();
        _ = pipeline.StandardError.ReadToEndAsync();
        var tool = await ReadPidAsync(ToolPid);
        var grandchild = await ReadPidAsync(GrandchildPid);
        Assert.True(IsRunning(tool) && IsRunning(grandchild));

        // When pipeline is killed outright, with no chance to clean up
        pipeline.Kill(entireProcessTree: false);
        await pipeline.WaitForExitAsync();

        // Then the tool and the process it started die with it
        Assert.True(await EndsAsync(tool), $"the tool (pid {tool}) outlived pipeline");
        Assert.True(await EndsAsync(grandchild), $"the tool's child (pid {grandchild}) outlived pipeline");
        var left = Assert.Single(Directory.GetDirectories(Temp, "pipeline-soffice-*"));
        Assert.Contains($"pipeline-soffice-{pipeline.Id}-", left, StringComparison.Ordinal);

        // When pipeline runs again, on a reply that needs no tool
        using var next = Process.Start(Start("extract", Path.Combine(Replies, "note.txt")))!;
        var output = await next.StandardOutput.ReadToEndAsync();
        await next.WaitForExitAsync();

        // Then the folder the killed run left is gone
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("A plain reply that needs no tool.", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Temp, "pipeline-soffice-*"));
    }

    /// <summary>pipeline with the fake soffice first on PATH and a temp folder of its own.</summary>
    private ProcessStartInfo Start(params string[] args)
    {
        var start = PipelineProcess.StartInfo(args);
        start.Environment["PATH"] = Tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["TMPDIR"] = Temp;
        return start;
    }

    private static async Task<int> ReadPidAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (File.Exists(file) && int.TryParse(await File.ReadAllTextAsync(file), CultureInfo.InvariantCulture, out var pid))
            {
                return pid;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{Path.GetFileName(file)} was not written: the fake soffice did not run");
    }

    private static async Task<bool> EndsAsync(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (IsRunning(pid))
        {
            if (clock.Elapsed > Patience)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>Alive and not a zombie waiting for a parent (PID 1 in a container) to reap it.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
