using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Infrastructure;

/// <summary>
/// Runs `pipeline` as a user without write permission where the test needs a "permission denied": as root, chmod
/// denies nothing, so the process is started as nobody through setpriv (util-linux); as anyone else, the test's own
/// user is denied by the folder's mode.
/// </summary>
internal static class OtherUser
{
    private const int Nobody = 65534;

    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    /// <summary>Why the test cannot run here, or null.</summary>
    public static string? Unavailable =>
        OperatingSystem.IsWindows() ? "file modes are a Unix notion"
        : IsRoot && InstalledProgram.Find("setpriv") is null ? "running as root, where file modes deny nothing, and setpriv (util-linux) is not installed to run pipeline as another user"
        : null;

    /// <summary>A folder everyone may read and enter (not write), so that pipeline run as another user reaches what the test puts inside.</summary>
    public static string CreateSharedFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path).FullName
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute).FullName;

    /// <summary>A start of `pipeline` that is denied writing to <paramref name="folder"/> (made read-only for this user when not root).</summary>
    public static ProcessStartInfo Denied(string folder, params string[] args)
    {
        if (!IsRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            return PipelineProcess.StartInfo(args);
        }

        var start = PipelineProcess.StartInfo(args);
        var asNobody = new ProcessStartInfo(InstalledProgram.Find("setpriv")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = start.WorkingDirectory,
        };
        foreach (var arg in (string[])[$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", start.FileName, .. start.ArgumentList])
        {
            asNobody.ArgumentList.Add(arg);
        }

        asNobody.Environment["NO_COLOR"] = "1";
        return asNobody;
    }

    /// <summary>Lets the test's user delete what it made read-only.</summary>
    public static void Restore(string folder)
    {
        if (!IsRoot && !OperatingSystem.IsWindows() && Directory.Exists(folder))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
