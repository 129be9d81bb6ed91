using System.Globalization;
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
            var (truth, exact) = HnswMeasure.Exact(HnswMeasure.Flat(vectors), Dimensions, probes);
            var (built, hnsw, recall) = HnswMeasure.Hnsw(vectors, probes, truth, connectivity, expansionAdd, expansionSearch);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {count:N0} | {exact.MedianMs:0.0} | {exact.P99Ms:0.0} | {built:0} | {hnsw.MedianMs:0.00} | {hnsw.P99Ms:0.00} | {recall:0.000} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average after: {LoadAverage.Now()}; {queries} queries per size, the ten nearest");
        return report.ToString();
    }
}
