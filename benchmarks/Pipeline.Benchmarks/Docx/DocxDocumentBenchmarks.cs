using BenchmarkDotNet.Attributes;
using Pipeline.Core.Documents;
using Pipeline.Extraction;
using Pipeline.Extraction.Word;

namespace Pipeline.Benchmarks.Docx;

/// <summary>One DOCX per operation (<see cref="DocxBenchmarkData"/>): our extractor against plain SDK text reading.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DocxDocumentBenchmarks
{
    private readonly DocxExtractor _extractor = new();
    private ExtractionInput _input = null!;
    private byte[] _bytes = [];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() => DocxBenchmarkData.Names();

    [GlobalSetup]
    public void Setup()
    {
        _bytes = DocxBenchmarkData.Bytes(File);
        _input = new ExtractionInput(File, _bytes, SourceFormat.Docx, "bench");
    }

    /// <summary>Blocks with list labels, headings, cells, run-ins, notes; headers, footers and properties.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline() => _extractor.Extract(_input, ExtractionOptions.Default, CancellationToken.None).Blocks.Length;

    [Benchmark]
    public int OpenXmlSdkParagraphText() => OpenXmlSdkText.Read(_bytes);
}
