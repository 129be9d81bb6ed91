namespace Pipeline.ScaleBenchmarks;

/// <summary>p50 and p99 of a set of latencies in milliseconds (nearest rank).</summary>
internal sealed record Percentiles(double P50, double P99, int Count)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(Rank(sorted, 0.50), Rank(sorted, 0.99), sorted.Length);
    }

    private static double Rank(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
