using BenchmarkDotNet.Attributes;
using Pipeline.Core.Documents;
using Pipeline.Extraction;
using Pipeline.Extraction.Pdf;

namespace Pipeline.Benchmarks;

/// <summary>Whole-document PDF extraction (parse, layout, document passes), with layout analysis on and off.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PdfDocumentBenchmarks
{
    private static readonly ExtractionOptions WithLayout = new() { Ocr = false };
    private static readonly ExtractionOptions WithoutLayout = new() { Ocr = false, LayoutAnalysis = false };
    private readonly PdfExtractor _extractor = new();
    private ExtractionInput _input = null!;

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() => BenchmarkData.Files();

    [GlobalSetup]
    public void Setup() => _input = new ExtractionInput(File, System.IO.File.ReadAllBytes(Path.Combine(BenchmarkData.Folder, File)), SourceFormat.Pdf, "bench");

    [Benchmark(Baseline = true)]
    public int DocumentLayoutOn() => _extractor.Extract(_input, WithLayout, CancellationToken.None).Blocks.Length;

    [Benchmark]
    public int DocumentLayoutOff() => _extractor.Extract(_input, WithoutLayout, CancellationToken.None).Blocks.Length;
}
