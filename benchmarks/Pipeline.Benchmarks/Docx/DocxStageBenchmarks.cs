using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Text;
using Pipeline.Extraction.Word;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// Where the time of a DOCX extraction goes, stage by stage over the whole set (<see cref="DocxBenchmarkData"/>): the zip
/// guard, opening the package (with the SDK's relationship check), XML → element tree for the main part (already inflated),
/// styles + numbering, notes, and the body walk (inline text, list labels, tables, notes) over trees read once in setup.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DocxStageBenchmarks
{
    private readonly List<Parts> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var (name, bytes) in DocxBenchmarkData.All)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false));
            var package = WordPackage.Open(new MemoryStream(bytes, writable: false), name);
            _documents.Add(new Parts(
                name,
                bytes,
                Inflate(zip, "word/document.xml")!,
                Inflate(zip, "word/styles.xml"),
                Inflate(zip, "word/numbering.xml"),
                Inflate(zip, "word/footnotes.xml"),
                Inflate(zip, "word/endnotes.xml"),
                package));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var document in _documents)
        {
            document.Package.Dispose();
        }
    }

    [Benchmark]
    public void ZipGuard()
    {
        foreach (var document in _documents)
        {
            PackageGuard.Check(document.Name, document.Bytes, PackageLimits.Default);
        }
    }

    [Benchmark]
    public void OpenPackage()
    {
        foreach (var document in _documents)
        {
            using var package = WordPackage.Open(new MemoryStream(document.Bytes, writable: false), document.Name);
        }
    }

    [Benchmark]
    public int ParseMainPart()
    {
        var elements = 0;
        foreach (var document in _documents)
        {
            using var tree = Parse(document.Document, WordName.Document);
            elements += tree.Root.HasChildren ? 1 : 0;
        }

        return elements;
    }

    [Benchmark]
    public int StylesAndNumbering()
    {
        var lists = 0;
        foreach (var document in _documents)
        {
            using var styles = Parse(document.Styles, WordName.Styles);
            using var numbering = Parse(document.Numbering, WordName.Numbering);
            var definitions = new NumberingDefinitions(numbering.Root, new WordStyles(styles.Root));
            lists += definitions.Instance(1) is null ? 0 : 1;
        }

        return lists;
    }

    [Benchmark]
    public int Notes()
    {
        var notes = 0;
        foreach (var document in _documents)
        {
            using var footnotes = Parse(document.Footnotes, WordName.Footnotes);
            using var endnotes = Parse(document.Endnotes, WordName.Endnotes);
            notes += new NoteCatalog(footnotes.Root, endnotes.Root, _ => string.Empty).Footnote(1) is null ? 0 : 1;
        }

        return notes;
    }

    /// <summary>Inline text, run formatting, list labels, tables and cited notes over trees parsed once.</summary>
    [Benchmark]
    public int BodyWalk()
    {
        var blocks = 0;
        foreach (var document in _documents)
        {
            var styles = new WordStyles(document.Trees.Styles);
            var numbering = new NumberingDefinitions(document.Trees.Numbering, styles);
            var collector = new BlockCollector();
            var warnings = new List<Diagnostic>();
            var context = new StoryContext(styles, numbering, collector, warnings, new AltChunkReader(document.Package, collector, warnings), CancellationToken.None);
            var notes = new NoteCatalog(document.Trees.Footnotes, document.Trees.Endnotes, note => new StoryWalker(context, runningKind: null, notes: null).ReadAsText(note));
            new StoryWalker(context, runningKind: null, notes).Walk(document.Trees.Body);
            blocks += collector.Count;
        }

        return blocks;
    }

    private static PartTree Parse(byte[]? xml, WordName root) =>
        PartTree.Load(new MemoryStream(xml ?? [], writable: false), root, "benchmark part");

    private static byte[]? Inflate(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>One document: its bytes, its parts inflated, and its package kept open with the parts read into trees.</summary>
    private sealed record Parts(string Name, byte[] Bytes, byte[] Document, byte[]? Styles, byte[]? Numbering, byte[]? Footnotes, byte[]? Endnotes, WordPackage Package)
    {
        public (WordElement Body, WordElement Styles, WordElement Numbering, WordElement Footnotes, WordElement Endnotes) Trees { get; } = (
            Package.Document().Root.Child(WordName.Body),
            Package.Related("styles", WordName.Styles)?.Root ?? WordElement.None,
            Package.Related("numbering", WordName.Numbering)?.Root ?? WordElement.None,
            Package.Related("footnotes", WordName.Footnotes)?.Root ?? WordElement.None,
            Package.Related("endnotes", WordName.Endnotes)?.Root ?? WordElement.None);
    }
}
