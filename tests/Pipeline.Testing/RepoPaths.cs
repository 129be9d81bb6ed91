namespace Pipeline.Testing;

/// <summary>Locates the repository and the shared real-world documents from wherever a test runs.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Pipeline.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// ../shared/real-docs next to the repository, or the folder named by PIPELINE_REAL_DOCS;
    /// null when neither exists (tests that need it then skip visibly).
    /// </summary>
    public static string? RealDocs
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("PIPELINE_REAL_DOCS");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }

            var sibling = Path.GetFullPath(Path.Combine(Root, "..", "shared", "real-docs"));
            return Directory.Exists(sibling) ? sibling : null;
        }
    }

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot() =>
        Core.Repository.RepositoryRoot.Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"Pipeline.sln not found above {AppContext.BaseDirectory}");
}
