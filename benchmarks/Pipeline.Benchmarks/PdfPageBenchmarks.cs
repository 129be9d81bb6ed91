using BenchmarkDotNet.Attributes;
using Pipeline.Extraction.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Pipeline.Benchmarks;

/// <summary>
/// One page at a time, over every page of the benchmark PDFs: PdfPig parsing the page into letters, then three ways to order
/// the letters — our single-pass lines and blocks (layout on and off), and PdfPig's stock path (nearest-neighbour words,
/// Docstrum blocks, unsupervised reading order, each with its internal parallelism set to 1) that it replaces.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PdfPageBenchmarks
{
    private static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes Docstrum = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });
    private static readonly UnsupervisedReadingOrderDetector Order = new(5, UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, true);

    private readonly List<byte[]> _files = [];
    private readonly List<IReadOnlyList<Letter>> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var file in BenchmarkData.Files())
        {
            var bytes = File.ReadAllBytes(Path.Combine(BenchmarkData.Folder, file));
            _files.Add(bytes);
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                _pages.Add(page.Letters);
            }
        }
    }

    /// <summary>Pages per operation, to turn the per-operation time into a per-page time.</summary>
    public int PageCount => _pages.Count;

    [Benchmark]
    public int ParseLetters()
    {
        var letters = 0;
        foreach (var bytes in _files)
        {
            using var document = PdfDocument.Open(bytes);
            for (var i = 1; i <= document.NumberOfPages; i++)
            {
                letters += document.GetPage(i).Letters.Count;
            }
        }

        return letters;
    }

    [Benchmark(Baseline = true)]
    public int LayoutSinglePass() => Layout(layoutAnalysis: true);

    [Benchmark]
    public int LayoutOffStreamOrder() => Layout(layoutAnalysis: false);

    [Benchmark]
    public int PdfPigDocstrumReadingOrder()
    {
        var blocks = 0;
        foreach (var letters in _pages)
        {
            var words = Words.GetWords(letters).ToList();
            blocks += Order.Get(Docstrum.GetBlocks(words)).Count();
        }

        return blocks;
    }

    private int Layout(bool layoutAnalysis)
    {
        var builder = new LineBuilder();
        var blocks = 0;
        foreach (var letters in _pages)
        {
            blocks += BlockBuilder.Build(builder.Build(letters), layoutAnalysis).Count;
        }

        return blocks;
    }
}
