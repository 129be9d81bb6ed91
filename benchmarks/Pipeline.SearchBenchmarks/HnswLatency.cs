using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using Cloud.Unum.USearch;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// Exact cosine search (a SIMD dot product with every vector, as <c>VectorSnapshot</c> does) against an approximate
/// HNSW index (USearch) over the same random 384-dimension unit vectors held in memory: build time, query latency and
/// the HNSW's recall of the exact ten nearest. Random directions are the hard case for a graph index (no clusters to
/// follow), so its recall here is a floor for sentence vectors, which cluster by subject.
/// </summary>
internal static class HnswLatency
{
    private const int Dimensions = 384;
    private const int K = 10;

    public static string Run(IReadOnlyList<int> counts, int queries, int connectivity, int expansionAdd, int expansionSearch)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"load average before: {LoadAverage.Now()}; USearch {USearchCapabilities.Version()}, HNSW connectivity {connectivity}, expansion add {expansionAdd} / search {expansionSearch}, float32, single thread");
        report.AppendLine("| vectors | exact p50 (ms) | exact p99 (ms) | HNSW build (s) | HNSW p50 (ms) | HNSW p99 (ms) | HNSW recall@10 |");
        report.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var probes = FixedVectors.Random(queries, Dimensions, new Random(7));
        foreach (var count in counts)
        {
            var vectors = FixedVectors.Random(count, Dimensions, new Random(42));
            var flat = new float[(long)count * Dimensions];
            for (var i = 0; i < count; i++)
            {
                vectors[i].CopyTo(flat.AsSpan(i * Dimensions, Dimensions));
            }

            var exactTimes = new List<double>();
            var truth = new List<HashSet<ulong>>();
            foreach (var probe in probes)
            {
                var clock = Stopwatch.StartNew();
                truth.Add(Exact(flat, count, probe));
                exactTimes.Add(clock.Elapsed.TotalMilliseconds);
            }

            var build = Stopwatch.StartNew();
            using var index = new USearchIndex(MetricKind.Ip, ScalarKind.Float32, Dimensions, (ulong)connectivity, (ulong)expansionAdd, (ulong)expansionSearch, false);
            for (var i = 0; i < count; i++)
            {
                index.Add((ulong)i, vectors[i]);
            }

            var built = build.Elapsed.TotalSeconds;
            var hnswTimes = new List<double>();
            var found = 0;
            for (var q = 0; q < probes.Length; q++)
            {
                var clock = Stopwatch.StartNew();
                var n = index.Search(probes[q], K, out ulong[] keys, out float[] _);
                hnswTimes.Add(clock.Elapsed.TotalMilliseconds);
                found += keys.Take(n).Count(truth[q].Contains);
            }

            var exact = Latency.Of(exactTimes);
            var hnsw = Latency.Of(hnswTimes);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {count:N0} | {exact.MedianMs:0.0} | {exact.P99Ms:0.0} | {built:0} | {hnsw.MedianMs:0.00} | {hnsw.P99Ms:0.00} | {found / (double)(K * probes.Length):0.000} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average after: {LoadAverage.Now()}; {queries} queries per size, the ten nearest");
        return report.ToString();
    }

    private static HashSet<ulong> Exact(float[] flat, int count, float[] probe)
    {
        var best = new PriorityQueue<ulong, float>();
        for (var i = 0; i < count; i++)
        {
            var similarity = TensorPrimitives.Dot(probe, flat.AsSpan(i * Dimensions, Dimensions));
            if (best.Count < K)
            {
                best.Enqueue((ulong)i, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.DequeueEnqueue((ulong)i, similarity);
            }
        }

        return [.. best.UnorderedItems.Select(item => item.Element)];
    }
}
