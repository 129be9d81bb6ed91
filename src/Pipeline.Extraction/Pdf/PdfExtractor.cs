using System.Collections.Immutable;
using System.Diagnostics;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Extraction.Pdf;

/// <summary>
/// Reads PDF text into blocks in reading order, page by page (no page is kept once read, so memory stays flat on long files).
/// Pages without a text layer are OCR'd when tesseract is installed, otherwise reported in a warning. Thread-safe.
/// </summary>
public sealed class PdfExtractor : IFormatExtractor
{
    // Text beyond this many characters is a decompression bomb or a generated monster, not a reply letter.
    private const long MaxCharacters = 50_000_000;

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

        var pages = ReadPages(input, options, document, warnings, cancellationToken);
        var textless = pages.Where(p => p.Blocks.Count == 0).Select(p => p.Number).ToList();
        if (textless.Count > 0)
        {
            pages = new PageOcr(input, options, clock).Apply(pages, textless, warnings, cancellationToken);
        }

        return new ExtractedDocument(input.DocumentId, input.Path, SourceFormat.Pdf, document.NumberOfPages, PdfDocumentAssembler.Assemble(pages), [.. warnings])
        {
            Metadata = Metadata(document),
        };
    }

    private static List<PageDraft> ReadPages(ExtractionInput input, ExtractionOptions options, PdfDocument document, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        var lineBuilder = new LineBuilder();
        var pages = new List<PageDraft>(document.NumberOfPages);
        long characters = 0;
        var unmapped = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<TextLine> lines;
            BoundingBox pageBox;
            try
            {
                var page = document.GetPage(number);
                pageBox = PageBox(page);
                lines = lineBuilder.Build(page.Letters);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw PdfOpener.Encrypted(input.Path, options, ex);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or PipelineException))
            {
                // One broken page (bad content stream, missing font) should not cost the others.
                warnings.Add(Diagnostic.Warning("pdf.page-unreadable", $"page {number} could not be read: {ex.Message}", number));
                continue;
            }

            foreach (var line in lines)
            {
                characters += line.Text.Length;
                unmapped += line.Unmapped;
            }

            if (characters > MaxCharacters)
            {
                throw new PipelineException(ErrorCode.TooLarge, input.Path, $"more than {MaxCharacters:N0} characters of text by page {number}");
            }

            pages.Add(new PageDraft(number, pageBox, BlockBuilder.Build(lines, options.LayoutAnalysis)));
        }

        if (unmapped > 0 && unmapped * 5 > characters)
        {
            warnings.Add(Diagnostic.Warning("pdf.unmapped-glyphs", $"{unmapped:N0} glyphs have no character mapping (the fonts lack a ToUnicode map); the text is partly unreadable"));
        }

        return pages;
    }

    private static BoundingBox PageBox(Page page)
    {
        var box = page.CropBox.Bounds;
        return new BoundingBox(box.Left, box.Bottom, box.Right, box.Top);
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
