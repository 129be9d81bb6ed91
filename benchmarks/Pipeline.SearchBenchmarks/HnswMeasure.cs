using System.Diagnostics;
using System.Numerics.Tensors;
using Cloud.Unum.USearch;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// What the HNSW benchmarks (<see cref="HnswLatency"/> on random vectors, <see cref="HnswRecall"/> on real ones) measure
/// alike: the exact ten nearest of each probe by a SIMD dot product with every vector (as <c>VectorSnapshot</c> compares),
/// timed; and a USearch HNSW index built over the same vectors, its build time, query latency and recall of those ten.
/// </summary>
internal static class HnswMeasure
{
    public const int K = 10;

    /// <summary>The vectors one after the other in one array, as the exact scan reads them.</summary>
    public static float[] Flat(IReadOnlyList<float[]> vectors)
    {
        var dimensions = vectors[0].Length;
        var flat = new float[(long)vectors.Count * dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors[i].CopyTo(flat.AsSpan(i * dimensions, dimensions));
        }

        return flat;
    }

    /// <summary>Each probe's exact ten nearest (their indexes) in <paramref name="flat"/>, and the time each scan took.</summary>
    public static (List<HashSet<ulong>> Truth, Latency Times) Exact(float[] flat, int dimensions, IReadOnlyList<float[]> probes)
    {
        var truth = new List<HashSet<ulong>>();
        var times = new List<double>();
        foreach (var probe in probes)
        {
            var clock = Stopwatch.StartNew();
            truth.Add(Nearest(flat, dimensions, probe));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (truth, Latency.Of(times));
    }

    /// <summary>An HNSW index over <paramref name="vectors"/> (inner product, float32, one thread), built, then asked each probe's ten.</summary>
    public static (double BuildSeconds, Latency Search, double Recall) Hnsw(IReadOnlyList<float[]> vectors, IReadOnlyList<float[]> probes, List<HashSet<ulong>> truth, int connectivity, int expansionAdd, int expansionSearch)
    {
        var build = Stopwatch.StartNew();
        using var index = new USearchIndex(MetricKind.Ip, ScalarKind.Float32, (ulong)vectors[0].Length, (ulong)connectivity, (ulong)expansionAdd, (ulong)expansionSearch, false);
        for (var i = 0; i < vectors.Count; i++)
        {
            index.Add((ulong)i, vectors[i]);
        }

        var built = build.Elapsed.TotalSeconds;
        var times = new List<double>();
        var found = 0;
        for (var q = 0; q < probes.Count; q++)
        {
            var clock = Stopwatch.StartNew();
            var n = index.Search(probes[q], K, out ulong[] keys, out float[] _);
            times.Add(clock.Elapsed.TotalMilliseconds);
            found += keys.Take(n).Count(truth[q].Contains);
        }

        return (built, Latency.Of(times), found / (double)(K * probes.Count));
    }

    private static HashSet<ulong> Nearest(float[] flat, int dimensions, float[] probe)
    {
        var best = new PriorityQueue<ulong, float>();
        var count = flat.Length / dimensions;
        for (var i = 0; i < count; i++)
        {
            var similarity = TensorPrimitives.Dot(probe, flat.AsSpan(i * dimensions, dimensions));
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
