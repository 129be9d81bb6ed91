namespace Pipeline.Benchmarks;

/// <summary>Where the repository is, seen from a benchmark process.</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest folder holding <c>Pipeline.sln</c> above the executable or the current folder.</summary>
    public static string Root
    {
        get
        {
            // BenchmarkDotNet runs each benchmark from a generated project under the current folder; walk up to the repository.
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("the repository (Pipeline.sln) was not found above the benchmark; run it from a clone");
        }
    }
}
