namespace Pipeline.EmbeddingBenchmarks;

/// <summary>The process's resident memory as the kernel counts it (native allocations of ONNX Runtime included).</summary>
internal static class PeakMemory
{
    /// <summary>Peak resident set size in MB (VmHWM), or -1 where there is no /proc.</summary>
    public static double PeakResidentMb() => Read("VmHWM:");

    /// <summary>Current resident set size in MB (VmRSS), or -1 where there is no /proc.</summary>
    public static double ResidentMb() => Read("VmRSS:");

    private static double Read(string key)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return -1;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[key.Length..].Trim().Split(' ')[0]) / 1024.0;
    }
}
