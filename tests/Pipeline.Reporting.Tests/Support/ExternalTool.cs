using System.Diagnostics;

namespace Pipeline.Reporting.Tests.Support;

/// <summary>Runs an installed program (chromium, soffice) with a time limit.</summary>
internal static class ExternalTool
{
    /// <summary>Runs the program and returns its standard output; throws when it fails or overruns.</summary>
    public static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran longer than {timeout}");
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout.Result
            : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result}");
    }
}
