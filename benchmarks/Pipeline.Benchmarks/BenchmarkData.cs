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

            return Path.Combine(RepositoryPaths.Root, "benchmarks", "data");
        }
    }

    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Folder, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
