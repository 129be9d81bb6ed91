using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using Cloud.Unum.USearch;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// An HNSW index (USearch) on real sentence vectors — the files <c>benchmarks/sign-recall/run.sh</c> writes with
/// Pipeline's all-MiniLM-L6-v2 encoder (reply paragraphs and sentences, and search queries) — against the exact ten
/// nearest by cosine: build time, query latency and recall@10 at several search expansions. Probes: the query file's
/// vectors and every 47th text, held out of the indexed set. With <c>grow</c>, the indexed set is padded with copies
/// of its own vectors moved a little in a random direction (cosine ~0.9 to the original), to see the same at a larger
/// size: a stand-in for an archive's near-duplicates, not for new subjects.
/// </summary>
internal static class HnswRecall
{
    public static string Run(string textsFile, string queriesFile, int connectivity, int expansionAdd, IReadOnlyList<int> expansions, int grow)
    {
        var texts = Read(textsFile);
        var probes = Read(queriesFile).Concat(texts.Where((_, i) => i % 47 == 0)).ToArray();
        var indexed = texts.Where((_, i) => i % 47 != 0).ToList();
        var real = indexed.Count;
        var random = new Random(20261207);
        for (var i = 0; indexed.Count < grow; i++)
        {
            indexed.Add(Moved(indexed[i], random));
        }

        var dimensions = indexed[0].Length;
        var (truth, exact) = HnswMeasure.Exact(HnswMeasure.Flat(indexed), dimensions, probes);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"load average before: {LoadAverage.Now()}; USearch {USearchCapabilities.Version()}; {indexed.Count:N0} vectors of {dimensions} dimensions ({real:N0} real), {probes.Length} probes; HNSW connectivity {connectivity}, expansion add {expansionAdd}, inner product, float32, one thread");
        report.AppendLine(CultureInfo.InvariantCulture, $"exact scan: p50 {exact.MedianMs:0.00} ms, p99 {exact.P99Ms:0.00} ms");
        report.AppendLine("| expansion search | build (s) | p50 (ms) | p99 (ms) | recall@10 |");
        report.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var expansion in expansions)
        {
            var (built, hnsw, recall) = HnswMeasure.Hnsw(indexed, probes, truth, connectivity, expansionAdd, expansion);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {expansion} | {built:0.0} | {hnsw.MedianMs:0.000} | {hnsw.P99Ms:0.000} | {recall:0.000} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average after: {LoadAverage.Now()}");
        return report.ToString();
    }

    /// <summary>Vectors as <c>Pipeline.EmbeddingBenchmarks measure --vectors</c> writes them: count, dimensions (int32), then the floats.</summary>
    private static float[][] Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var (count, dimensions) = (reader.ReadInt32(), reader.ReadInt32());
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dimensions).Select(_ => reader.ReadSingle()).ToArray())];
    }

    private static float[] Moved(float[] vector, Random random)
    {
        var moved = FixedVectors.Random(1, vector.Length, random)[0];
        TensorPrimitives.Multiply(moved, 0.45f, moved);
        TensorPrimitives.Add(moved, vector, moved);
        TensorPrimitives.Divide(moved, TensorPrimitives.Norm(moved), moved);
        return moved;
    }
}
