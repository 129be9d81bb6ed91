using System.Diagnostics;

namespace Pipeline.Extraction.Processes;

/// <summary>
/// Starts external tools so that they die with this process, even when it is killed outright (kill -9), which no
/// handler in it can see. On Linux the tool runs under a small <c>sh</c> that receives SIGTERM when this process dies
/// (util-linux <c>setpriv --pdeathsig</c>, kept across exec) and then kills its own process group: the tool and
/// whatever the tool started (soffice starts soffice.bin). <c>setsid</c> gives that group to the <c>sh</c> alone, so
/// the kill reaches nothing else (not a <c>tee</c> the researcher piped pipeline into). Where setpriv or setsid is
/// missing (not Linux, a minimal container), tools start directly, as they did before.
/// </summary>
/// <remarks>
/// The parent-death signal is tied to the thread that started the tool; <see cref="ExternalProcess.Run"/> blocks that
/// thread until the tool ends, so it cannot fire early.
/// </remarks>
internal static class ChildLifetime
{
    // $1 is this process's id: if it died before setpriv armed the signal, the sh has been handed to another parent
    // and must not start the tool at all.
    private const string Guard = "trap 'kill -KILL 0' TERM; [ \"$PPID\" = \"$1\" ] || exit 125; shift; \"$@\" & wait $!";

    private static readonly Lazy<Wrapper?> Available = new(Locate);

    /// <summary>Whether tools are started so that they die with this process.</summary>
    public static bool IsGuarded => Available.Value is not null;

    /// <summary>How to start <paramref name="program"/> with <paramref name="arguments"/>: through the guard when it is available, else directly.</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (Available.Value is not { } wrapper)
        {
            var direct = new ProcessStartInfo(program);
            foreach (var argument in arguments)
            {
                direct.ArgumentList.Add(argument);
            }

            return direct;
        }

        var start = new ProcessStartInfo(wrapper.Setpriv);
        string[] guard = ["--pdeathsig", "TERM", "--", wrapper.Setsid, "/bin/sh", "-c", Guard, "pipeline-tool-guard", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), program];
        foreach (var argument in guard.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private sealed record Wrapper(string Setpriv, string Setsid);

    private static Wrapper? Locate()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/bin/sh")
            || ExternalProcess.Find("setpriv") is not { } setpriv || ExternalProcess.Find("setsid") is not { } setsid)
        {
            return null;
        }

        // setpriv learnt --pdeathsig in util-linux 2.33; an older one refuses the option.
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(setpriv, ["--pdeathsig", "TERM", "--", "true"]) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (probe is null || !probe.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                return null;
            }

            return probe.ExitCode == 0 ? new Wrapper(setpriv, setsid) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
