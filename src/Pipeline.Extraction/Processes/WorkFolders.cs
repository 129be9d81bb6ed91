using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Extraction.Processes;

/// <summary>
/// Temporary folders for external tools (OCR pages, LibreOffice profiles), named after the process that owns them
/// (<c>pipeline-ocr-&lt;pid&gt;-xxxxxx</c>), so that a later run can tell which ones a killed run left behind and remove them.
/// </summary>
internal static class WorkFolders
{
    public const string Ocr = "pipeline-ocr-";
    public const string Soffice = "pipeline-soffice-";

    private static readonly string[] Prefixes = [Ocr, Soffice];

    // Folders named before they carried their owner's id: left alone unless untouched this long, since nothing says
    // whether a run still uses them (a tool never runs for a day: the per-file time limit stops it).
    private static readonly TimeSpan UnnamedOwnerAge = TimeSpan.FromDays(1);

    // A process's start time is known to about a second; its folders are written after it started.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(1);

    private static readonly Lazy<int> SweptOnce = new(() => RemoveStale(Path.GetTempPath()));

    /// <summary>A new folder in the system temp folder, named <paramref name="prefix"/> + this process's id.</summary>
    public static DirectoryInfo Create(string prefix) =>
        Directory.CreateTempSubdirectory(prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-");

    /// <summary>Removes, once per process, the folders that runs killed before they could clean up left in the system temp folder.</summary>
    public static void RemoveStaleOnce() => _ = SweptOnce.Value;

    /// <summary>Removes the work folders under <paramref name="tempFolder"/> whose owner is no longer running; returns how many.</summary>
    public static int RemoveStale(string tempFolder)
    {
        var removed = 0;
        IEnumerable<DirectoryInfo> candidates;
        try
        {
            candidates = [.. new DirectoryInfo(tempFolder).EnumerateDirectories("pipeline-*").Where(d => Prefixes.Any(p => d.Name.StartsWith(p, StringComparison.Ordinal)))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in candidates)
        {
            if (IsStale(folder) && TryDelete(folder))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool IsStale(DirectoryInfo folder)
    {
        var rest = folder.Name[Prefixes.First(p => folder.Name.StartsWith(p, StringComparison.Ordinal)).Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var owner))
        {
            return DateTime.UtcNow - folder.LastWriteTimeUtc > UnnamedOwnerAge;
        }

        try
        {
            using var process = Process.GetProcessById(owner);

            // The id may have been given to a newer process since: it did not write a folder before it started.
            return process.StartTime.ToUniversalTime() > folder.LastWriteTimeUtc + ClockSlack;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static bool TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another user's folder, or one being removed by its owner: not ours to insist on.
            return false;
        }
    }
}
