using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;

namespace Pipeline.SearchBenchmarks;

/// <summary>
/// Search by meaning at 10k, 100k and 1M passage vectors: a real index on disk (segments of four sentence vectors,
/// random 384-dimension unit vectors, which cost a brute-force scan what real ones do), opened as <c>pipeline search</c>
/// opens it; the first search (which decodes the vectors) timed apart from the steady state. The query's encoding is
/// not included (a prepared vector is handed in): the model's time per query is measured apart, by the embedding benchmark.
/// </summary>
internal static class VectorLatency
{
    private const int Dimensions = 384;
    private const int VectorsPerSegment = 4;
    private const int SegmentsPerReply = 25;
    private const string Model = "random-unit-vectors";

    public static string Run(string work, IReadOnlyList<int> counts, int queries)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"load average before: {LoadAverage.Now()}");
        report.AppendLine("| vectors | segments | build (s) | index on disk (MB) | first search (ms, decodes the vectors) | p50 (ms) | p99 (ms) | resident after (MB) |");
        report.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var count in counts)
        {
            var folder = Path.Combine(work, $"vectors-{count}");
            var build = Stopwatch.StartNew();
            if (!SegmentIndex.Exists(folder))
            {
                Build(folder, count);
            }

            var built = build.Elapsed.TotalSeconds;
            var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1e6;
            var encoder = new FixedVectors(FixedVectors.Random(queries, Dimensions, new Random(7)), Model);
            using var index = SegmentIndex.Open(folder);
            var first = Stopwatch.StartNew();
            index.SearchByMeaning("first", encoder, limit: 10);
            var firstMs = first.Elapsed.TotalMilliseconds;
            var times = new List<double>();
            for (var q = 0; q < queries; q++)
            {
                var clock = Stopwatch.StartNew();
                index.SearchByMeaning("q", encoder, limit: 10);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            var latency = Latency.Of(times);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {count:N0} | {count / VectorsPerSegment:N0} | {built:0.0} | {size:0} | {firstMs:0} | {latency.MedianMs:0.0} | {latency.P99Ms:0.0} | {Environment.WorkingSet / 1e6:0} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average after: {LoadAverage.Now()}; {queries} queries per size, limit 10 (the hits' stored fields and snippets included)");
        return report.ToString();
    }

    private static void Build(string folder, int count)
    {
        var random = new Random(42);
        var segments = count / VectorsPerSegment;
        using var writer = SegmentIndexWriter.Open(folder, new SegmentIndexWriterOptions { CommitEvery = 1_000 });
        for (var reply = 0; reply * SegmentsPerReply < segments; reply++)
        {
            var id = reply.ToString("x", CultureInfo.InvariantCulture).PadLeft(64, '0');
            var source = $"/bench/reply-{reply}.pdf";
            var built = Enumerable.Range(0, Math.Min(SegmentsPerReply, segments - (reply * SegmentsPerReply)))
                .Select(ordinal => Segment(id, ordinal, random))
                .ToImmutableArray();
            var document = new IndexedDocument("bench", id, source, $"Company {reply % 500}", SourceFormat.Pdf, 1, "en", built.Length, [], DateTimeOffset.UnixEpoch);
            writer.Index(new IndexedReply(document, built));
        }

        writer.Commit();
    }

    private static IndexedSegment Segment(string documentId, int ordinal, Random random)
    {
        const string sentence = "The company reviews every sale for human rights risks.";
        var text = string.Join(" ", Enumerable.Repeat(sentence, VectorsPerSegment));
        var vectors = FixedVectors.Random(VectorsPerSegment, Dimensions, random)
            .Select((v, i) => new PassageVector(0, i * (sentence.Length + 1), sentence.Length, v))
            .ToImmutableArray();
        return new IndexedSegment("bench", documentId, ordinal, $"Company {ordinal}", [QuestionId.Parse("2a")], text, [1], SegmentMethod.Marker, 0.9, "en")
        {
            PassageVectors = vectors,
            VectorModel = Model,
            FileName = "reply.pdf",
        };
    }
}
