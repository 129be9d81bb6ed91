namespace Pipeline.Testing;

/// <summary>Programs the tests drive (chromium, soffice, tesseract), found the way a shell finds them.</summary>
public static class InstalledProgram
{
    /// <summary>The full path of <paramref name="name"/> in a folder on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The file a path leads to once symbolic links are followed.</summary>
    public static string RealPath(string path) => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
}
