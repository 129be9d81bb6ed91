namespace Pipeline.SearchBenchmarks;

/// <summary>Median and 99th percentile of a set of timings, in milliseconds (nearest-rank percentiles).</summary>
internal sealed record Latency(double MedianMs, double P99Ms, int Samples)
{
    public static Latency Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
