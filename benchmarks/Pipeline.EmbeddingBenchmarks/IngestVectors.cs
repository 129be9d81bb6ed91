using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Embeddings;
using Pipeline.Embeddings.MiniLm;
using Pipeline.Search.Indexing;

namespace Pipeline.EmbeddingBenchmarks;

/// <summary>
/// What search by meaning costs ingest: the paragraphs encoded once for classification (through the shared encoder's
/// memory, as ingest does), then the index's vectors built by <see cref="IndexedReply.From"/> with the same encoder —
/// the paragraphs are remembered, only their sentences are new. Paragraphs per second of both passes together.
/// </summary>
internal static class IngestVectors
{
    public static string Run(IReadOnlyList<string> paragraphs, int rounds)
    {
        using var model = MiniLmEncoder.Create();
        model.Encode([.. paragraphs.Take(16)], CancellationToken.None); // JIT and ONNX Runtime's first-run allocations
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{paragraphs.Count} paragraphs (mean {paragraphs.Average(p => p.Length):0} characters), load average before {LoadAverage.Now()}");
        report.AppendLine("| round | classification pass (s) | index pass (s) | vectors stored | paragraphs/s, both passes | per CPU second |");
        report.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var round = 1; round <= rounds; round++)
        {
            var encoder = new RememberingEncoder(model, 8_192);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            encoder.Encode(paragraphs, CancellationToken.None);
            var classification = clock.Elapsed.TotalSeconds;
            var indexed = IndexedReply.From(Reply(paragraphs), encoder: encoder);
            var total = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {round} | {classification:0.0} | {total - classification:0.0} | {indexed.Segments.Sum(s => s.PassageVectors.Length)} | {paragraphs.Count / total:0} | {paragraphs.Count / cpuSeconds:0} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average after {LoadAverage.Now()}; {Environment.ProcessorCount} cores; peak resident {PeakMemory.PeakResidentMb():0} MB");
        return report.ToString();
    }

    // One reply of one-paragraph segments: IndexedReply.From encodes a reply's answer paragraphs and sentences in one call, as ingest does.
    private static SegmentedReply Reply(IReadOnlyList<string> paragraphs)
    {
        var id = new string('0', 64);
        var document = new ExtractedDocument(id, "/bench/reply.pdf", SourceFormat.Pdf, 1, [], []);
        var segments = paragraphs.Select((text, i) => new Segment(id, [QuestionId.Parse("2a")], SegmentMethod.Marker, 0.9, [new Passage(text, 1, i)])).ToImmutableArray();
        return new SegmentedReply(document, "bench", new CompanyAttribution("Bench", AttributionSource.FileName, true), segments);
    }
}
