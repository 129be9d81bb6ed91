namespace Pipeline.Benchmarks;

/// <summary>The fixed benchmark PDFs: benchmarks/data/*.pdf (LibreOffice letters made by make-letters.py), or PIPELINE_BENCH_DATA.</summary>
public static class BenchmarkData
{
    public static string Folder
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("PIPELINE_BENCH_DATA");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return fromEnv;
            }

            return Path.Combine(RepositoryRoot, "benchmarks", "data");
        }
    }

    /// <summary>The repository's root folder (the one holding Pipeline.sln).</summary>
    public static string RepositoryRoot
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

            throw new InvalidOperationException("the repository (Pipeline.sln) was not found above the current folder; set PIPELINE_BENCH_DATA");
        }
    }

    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Folder, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
