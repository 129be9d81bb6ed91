namespace Pipeline.EmbeddingBenchmarks;

/// <summary>The machine's 1-minute load average, printed with the figures because the benchmark machine is shared.</summary>
internal static class LoadAverage
{
    private const string Source = "/proc/loadavg";

    /// <summary>The 1-minute load average as the kernel prints it, or "n/a" where there is no /proc/loadavg.</summary>
    public static string Now() =>
        File.Exists(Source) ? File.ReadAllText(Source).Split(' ')[0] : "n/a";
}
