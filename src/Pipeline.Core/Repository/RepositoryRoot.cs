namespace Pipeline.Core.Repository;

/// <summary>The clone of Pipeline a program runs in: the nearest folder holding <c>Pipeline.sln</c>.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "Pipeline.sln";

    /// <summary>The nearest folder at or above <paramref name="folder"/> that holds <see cref="MarkerFile"/>; null outside a clone.</summary>
    public static string? Above(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
