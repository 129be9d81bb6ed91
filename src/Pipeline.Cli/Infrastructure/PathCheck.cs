namespace Pipeline.Cli.Infrastructure;

/// <summary>
/// Checks the files and folders a command line names before any work starts, so a path that cannot work is one clear
/// line (exit 1) rather than a failure halfway through, with a half-written file left behind.
/// </summary>
internal static class PathCheck
{
    /// <summary>Why <paramref name="path"/> (given as <paramref name="option"/>) cannot be a folder to read or create; null when it can.</summary>
    public static string? FolderProblem(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return $"{option} {path} is a file, not a folder";
        }

        return FileAbove(full) is { } file ? $"{option} {path} cannot be a folder: {file} is a file" : null;
    }

    /// <summary>Why <paramref name="path"/> (given as <paramref name="option"/>) cannot be a file to write; null when it can.</summary>
    /// <param name="example">A file name to suggest when the path is a folder, e.g. "report.html".</param>
    public static string? OutputFileProblem(string option, string path, string example)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"{option} {path} is a folder; give a file name, e.g. {Path.Combine(path, example)}";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || Directory.Exists(folder))
        {
            return null;
        }

        return FileAbove(full) is { } file
            ? $"{option} {path} cannot be written: {file} is a file, not a folder"
            : $"{option} {path} cannot be written: the folder {folder} does not exist (create it first)";
    }

    /// <summary>The nearest existing path above <paramref name="full"/> when it is a file (so nothing below it can be created).</summary>
    private static string? FileAbove(string full)
    {
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }
}
