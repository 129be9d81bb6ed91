using BenchmarkDotNet.Attributes;
using Pipeline.Core.Documents;
using Pipeline.Extraction;
using Pipeline.Extraction.Word;

namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// The whole DOCX set per operation (8 demo replies + 3 generated, see <see cref="DocxBenchmarkData"/>): documents per second
/// is <see cref="DocumentCount"/> divided by the mean. <see cref="DocumentExtractor"/> adds what every file costs in
/// <c>pipeline extract</c>: format detection, the SHA-256 document id, the time-limited extraction thread.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DocxBatchBenchmarks
{
    private readonly DocxExtractor _extractor = new();
    private readonly DocumentExtractor _documents = DocumentExtractor.CreateDefault();
    private List<ExtractionInput> _inputs = [];

    public int DocumentCount => _inputs.Count;

    [GlobalSetup]
    public void Setup() => _inputs = [.. DocxBenchmarkData.All.Select(d => new ExtractionInput(d.Name, d.Bytes, SourceFormat.Docx, "bench"))];

    [Benchmark(Baseline = true)]
    public int Pipeline()
    {
        var blocks = 0;
        foreach (var input in _inputs)
        {
            blocks += _extractor.Extract(input, ExtractionOptions.Default, CancellationToken.None).Blocks.Length;
        }

        return blocks;
    }

    [Benchmark]
    public int DocumentExtractorPerFile()
    {
        var blocks = 0;
        foreach (var input in _inputs)
        {
            blocks += _documents.ExtractBytes(input.Path, input.Bytes).Document!.Blocks.Length;
        }

        return blocks;
    }

    [Benchmark]
    public int OpenXmlSdkParagraphText()
    {
        var characters = 0;
        foreach (var (_, bytes) in DocxBenchmarkData.All)
        {
            characters += OpenXmlSdkText.Read(bytes);
        }

        return characters;
    }
}
