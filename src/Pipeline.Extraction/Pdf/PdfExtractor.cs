using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using UglyToad.PdfPig;

namespace Pipeline.Extraction.Pdf;

/// <summary>
/// Reads PDF text into blocks in reading order, page by page (no page is kept once read, so memory stays flat on long files).
/// Pages without a text layer are OCR'd when tesseract is installed, otherwise reported in a warning. Thread-safe.
/// </summary>
public sealed class PdfExtractor : IFormatExtractor
{
    // Text beyond this many characters is a decompression bomb or a generated monster, not a reply letter.
    private const long MaxCharacters = 50_000_000;

    // Documents this long are read in parallel page ranges.
    private const int ParallelFromPages = 32;

    private readonly CoreBudget _cores;

    public PdfExtractor()
        : this(CoreBudget.Process)
    {
    }

    /// <param name="cores">The cores page ranges may use besides the caller's.</param>
    internal PdfExtractor(CoreBudget cores) => _cores = cores;

    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Pdf];

    /// <inheritdoc />
    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        using var document = PdfOpener.Open(input, options);
        var warnings = new List<Diagnostic>();
        if (PdfOpener.LooksTruncated(input.Bytes.Span))
        {
            warnings.Add(Diagnostic.Warning("pdf.truncated", "the file has no %%EOF marker at its end (a cut-off copy?); text may be missing"));
        }

        var pages = ReadPages(input, options, document, _cores, warnings, cancellationToken);
        // Only pages that draw an image can be scans; a page with neither text nor image is blank.
        var blank = pages.Where(p => p.Blocks.Count == 0 && !p.HasImages).Select(p => p.Number).ToList();
        if (blank.Count > 0)
        {
            warnings.Add(PageOcr.Warning("pdf.blank-page", blank, "no text and no image (a blank page)"));
        }

        var scanned = pages.Where(p => p.Blocks.Count == 0 && p.HasImages).Select(p => p.Number).ToList();
        if (scanned.Count > 0)
        {
            pages = new PageOcr(input, options, clock).Apply(pages, scanned, warnings, cancellationToken);
        }

        return new ExtractedDocument(input.DocumentId, input.Path, SourceFormat.Pdf, document.NumberOfPages, PdfDocumentAssembler.Assemble(pages), [.. warnings])
        {
            Metadata = Metadata(document),
        };
    }

    /// <summary>
    /// Reads every page. A long document is split into contiguous page ranges read at once, each through its own
    /// <see cref="PdfDocument"/> (PdfPig documents are not thread-safe), so one large report does not leave cores idle,
    /// on as many cores as no other file being extracted holds (<see cref="CoreBudget"/>).
    /// </summary>
    private static List<PageDraft> ReadPages(ExtractionInput input, ExtractionOptions options, PdfDocument document, CoreBudget cores, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        var count = document.NumberOfPages;
        var wanted = count >= ParallelFromPages ? Math.Min(Environment.ProcessorCount, count / (ParallelFromPages / 2)) : 1;
        var extra = wanted > 1 ? cores.TakeUpTo(wanted - 1) : 0;
        try
        {
            return ReadRanges(input, options, document, 1 + extra, warnings, cancellationToken);
        }
        finally
        {
            cores.Return(extra);
        }
    }

    private static List<PageDraft> ReadRanges(ExtractionInput input, ExtractionOptions options, PdfDocument document, int ranges, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        var count = document.NumberOfPages;
        var results = new PageRangeReader.Result[ranges];
        var reader = new PageRangeReader(input, options, MaxCharacters / results.Length);
        if (results.Length == 1)
        {
            results[0] = reader.Read(document, 1, count, cancellationToken);
        }
        else
        {
            try
            {
                Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length, CancellationToken = cancellationToken }, k =>
                {
                    var (first, last) = ((k * count / results.Length) + 1, (k + 1) * count / results.Length);
                    if (k == 0)
                    {
                        results[k] = reader.Read(document, first, last, cancellationToken);
                        return;
                    }

                    using var own = PdfOpener.Open(input, options);
                    results[k] = reader.Read(own, first, last, cancellationToken);
                });
            }
            catch (AggregateException ex)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }

        var characters = results.Sum(r => r.Characters);
        var unmapped = results.Sum(r => r.Unmapped);
        warnings.AddRange(results.SelectMany(r => r.Warnings));
        if (unmapped > 0 && unmapped * 5 > characters)
        {
            warnings.Add(Diagnostic.Warning("pdf.unmapped-glyphs", $"{unmapped:N0} glyphs have no character mapping (the fonts lack a ToUnicode map); the text is partly unreadable"));
        }

        return [.. results.SelectMany(r => r.Pages)];
    }

    private static ImmutableDictionary<string, string> Metadata(PdfDocument document)
    {
        var information = document.Information;
        var metadata = ImmutableDictionary.CreateBuilder<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                metadata[key] = value.Trim();
            }
        }

        Add("title", information.Title);
        Add("author", information.Author);
        Add("subject", information.Subject);
        Add("creator", information.Creator);
        Add("producer", information.Producer);
        Add("created", information.CreationDate);
        return metadata.ToImmutable();
    }
}
