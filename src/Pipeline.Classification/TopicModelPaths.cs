namespace Pipeline.Classification;

/// <summary>
/// Where the bundled topic model and the training data live. The model is looked for, in order:
/// <c>models/topic-classifier.zip</c> in the repository holding the current directory (the nearest folder above it with
/// <c>Pipeline.sln</c>), so a model just rebuilt by <c>pipeline train</c> is used at once; then
/// <c>models/topic-classifier.zip</c> next to the executable, where the build copies the committed model, so an installed
/// <c>pipeline</c> works from any folder.
/// </summary>
public static class TopicModelPaths
{
    public const string ModelFileName = "topic-classifier.zip";

    private const string MetricsSuffix = ".metrics.json";

    /// <summary>The nearest folder at or above the current directory that holds <c>Pipeline.sln</c>; null outside a repository.</summary>
    public static string? RepositoryRoot => Core.Repository.RepositoryRoot.Above(Directory.GetCurrentDirectory());

    /// <summary><c>corpus/training</c> of the repository (or of the current directory outside one).</summary>
    public static string DefaultDataFolder => Path.Combine(RepositoryRoot ?? Directory.GetCurrentDirectory(), "corpus", "training");

    /// <summary>Where <c>pipeline train</c> writes by default: <c>models/topic-classifier.zip</c> of the repository (or of the current directory).</summary>
    public static string DefaultModelPath => Path.Combine(RepositoryRoot ?? Directory.GetCurrentDirectory(), "models", ModelFileName);

    /// <summary>The model to use: <paramref name="explicitPath"/> when given, else the first bundled location that exists (else the first looked at, for the error message).</summary>
    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        string[] candidates = RepositoryRoot is { } root
            ? [Path.Combine(root, "models", ModelFileName), Path.Combine(AppContext.BaseDirectory, "models", ModelFileName)]
            : [Path.Combine(AppContext.BaseDirectory, "models", ModelFileName)];
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }

    /// <summary>The metrics file written beside a model: <c>x.zip</c> → <c>x.metrics.json</c>.</summary>
    /// <summary>Where the baseline trained beside a model goes: <c>topic-classifier.baseline.zip</c> next to <c>topic-classifier.zip</c>.</summary>
    public static string BaselinePathFor(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, Path.GetFileNameWithoutExtension(modelPath) + ".baseline.zip");

    public static string MetricsPathFor(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, Path.GetFileNameWithoutExtension(modelPath) + MetricsSuffix);

    /// <summary><paramref name="path"/> relative to the repository with forward slashes when inside it, else as given: for metrics files that must not depend on the machine.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        if (RepositoryRoot is { } root && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
        }

        return path;
    }
}
