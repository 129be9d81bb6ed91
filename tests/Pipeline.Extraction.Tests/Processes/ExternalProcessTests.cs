using Pipeline.Extraction.Processes;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Processes;

/// <summary>Started under the guard that ties a tool's life to pipeline's, a tool still gives back exactly what it printed and its exit code.</summary>
public sealed class ExternalProcessTests
{
    [Fact]
    public void Run_PassesOutputErrorAndExitCodeThrough()
    {
        // When
        var outcome = ExternalProcess.Run("/bin/sh", ["-c", "echo 'out put'; echo err >&2; exit 7"], TimeSpan.FromSeconds(30), CancellationToken.None);

        // Then
        Assert.Equal(new ExternalProcess.Outcome(7, "out put\n", "err\n"), outcome);
    }

    [ToolFact("setpriv", "setsid")]
    public void Run_WithUtilLinux_StartsToolsUnderTheParentDeathGuard()
    {
        // Given this machine has what the guard needs (setpriv and setsid, util-linux, as on every Debian)
        // When a tool reports its parent's command line
        var outcome = ExternalProcess.Run("/bin/sh", ["-c", "tr '\\0' ' ' < /proc/$PPID/cmdline"], TimeSpan.FromSeconds(30), CancellationToken.None);

        // Then the tool's parent is the guard's sh, in a session of its own
        Assert.True(ChildLifetime.IsGuarded);
        Assert.StartsWith("/bin/sh -c trap 'kill -KILL 0' TERM;", outcome.StandardOutput, StringComparison.Ordinal);
    }
}
