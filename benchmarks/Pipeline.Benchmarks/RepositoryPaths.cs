using Pipeline.Core.Repository;

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
            return RepositoryRoot.Above(AppContext.BaseDirectory)
                ?? RepositoryRoot.Above(Environment.CurrentDirectory)
                ?? throw new InvalidOperationException("the repository (Pipeline.sln) was not found above the benchmark; run it from a clone");
        }
    }
}
