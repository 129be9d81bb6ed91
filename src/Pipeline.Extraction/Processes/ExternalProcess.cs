using System.Diagnostics;
using System.Text;

namespace Pipeline.Extraction.Processes;

/// <summary>Runs a command-line tool with a time limit; the tool and its children are killed when the time is up or the caller cancels, and die with this process (<see cref="ChildLifetime"/>).</summary>
internal static class ExternalProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    /// <exception cref="TimeoutException">The tool did not finish within <paramref name="limit"/>.</exception>
    public static Outcome Run(string program, IEnumerable<string> arguments, TimeSpan limit, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = ChildLifetime.StartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using (cancellationToken.Register(() => Kill(process)))
        {
            if (!process.WaitForExit(limit))
            {
                Kill(process);
                throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {limit.TotalSeconds:0} s");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
