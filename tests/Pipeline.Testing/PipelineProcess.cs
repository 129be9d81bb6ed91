using System.Diagnostics;

namespace Pipeline.Testing;

/// <summary>The built `pipeline` executable (copied beside the tests), run as a real process.</summary>
public static class PipelineProcess
{
    /// <summary>Runs a verb to its end: exit code, stdout and stderr.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(StartInfo(args));

    /// <summary>Runs a prepared start (see <see cref="StartInfo"/>: another environment, another user) to its end.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pipeline did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a verb and leaves it running; the caller ends it.</summary>
    public static Process Start(params string[] args) =>
        Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("pipeline did not start");

    /// <summary>
    /// Starts a verb that <see cref="Interrupt"/> will stop. A process started in the background by a non-interactive
    /// shell (`./.ci/run &amp;`) ignores SIGINT, and its children inherit that, so Ctrl+C would never reach the verb: then
    /// it is started through `env --default-signal=INT`, which restores the default before running it (same process).
    /// </summary>
    public static Process StartInterruptible(params string[] args)
    {
        var start = StartInfo(args);
        if (IgnoresInterrupt())
        {
            start.ArgumentList.Insert(0, start.FileName);
            start.ArgumentList.Insert(0, "--default-signal=INT");
            start.FileName = "env";
        }

        return Process.Start(start) ?? throw new InvalidOperationException("pipeline did not start");
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status, Linux).</summary>
    private static bool IgnoresInterrupt()
    {
        const string Path = "/proc/self/status";
        var line = File.Exists(Path) ? File.ReadLines(Path).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    /// <summary>How a verb is started (streams redirected, run from the temp folder, no colours), for a test to adjust before starting it.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>The built pipeline.dll beside the tests.</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "pipeline.dll");

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, to a process this test started.</summary>
    public static void Interrupt(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }
}
