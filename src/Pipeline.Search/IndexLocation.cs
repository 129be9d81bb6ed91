namespace Pipeline.Search;

/// <summary>Where the index lives when no <c>--index</c> is given, so that every verb finds it without flags.</summary>
public static class IndexLocation
{
    /// <summary>The default index folder, relative to the current directory.</summary>
    public const string Default = ".pipeline/index";

    /// <summary>The full path of <paramref name="directory"/>, or of <see cref="Default"/> under the current directory when null.</summary>
    public static string Resolve(string? directory) => Path.GetFullPath(string.IsNullOrWhiteSpace(directory) ? Default : directory);
}
