namespace Pipeline.Testing;

/// <summary>
/// The files this process has memory-mapped now, from Linux's /proc/self/maps: the pages read from them count in the
/// process's resident size (issue 17). Only where <see cref="Readable"/>; <see cref="MappedFilesFactAttribute"/> skips elsewhere.
/// </summary>
public static class MappedFiles
{
    private const string Maps = "/proc/self/maps";

    public static bool Readable => File.Exists(Maps);

    /// <summary>The files under <paramref name="folder"/> mapped into this process, each once, sorted.</summary>
    public static IReadOnlyList<string> Under(string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        // A line is "address perms offset device inode path"; only the path has a slash in it.
        return [.. File.ReadLines(Maps)
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? line[slash..] : null)
            .OfType<string>()
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
