using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Extraction.Pdf;

/// <summary>Reads a range of pages into layout blocks, one page at a time; a page that cannot be read becomes a warning.</summary>
internal sealed class PageRangeReader(ExtractionInput input, ExtractionOptions options, long maxCharacters)
{
    public sealed record Result(List<PageDraft> Pages, List<Diagnostic> Warnings, long Characters, int Unmapped);

    public Result Read(PdfDocument document, int first, int last, CancellationToken cancellationToken)
    {
        var lineBuilder = new LineBuilder();
        var pages = new List<PageDraft>(last - first + 1);
        var warnings = new List<Diagnostic>();
        long characters = 0;
        var unmapped = 0;
        for (var number = first; number <= last; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<TextLine> lines;
            BoundingBox pageBox;
            bool hasImages;
            try
            {
                var page = document.GetPage(number);
                pageBox = PageBox(page);
                lines = lineBuilder.Build(page.Letters);
                hasImages = lines.Count == 0 && page.NumberOfImages > 0;
            }
            catch (PdfDocumentEncryptedException ex)
            {
                // The password was accepted when the document opened (PdfPig checks it there), so this is one page's
                // encrypted data failing to decrypt (e.g. empty encrypted strings), not a password problem.
                warnings.Add(Diagnostic.Warning("pdf.page-undecryptable", $"page {number}: its encrypted content could not be decrypted (the document opened, but this page's data is not valid for its cipher); no text from it: {ex.InnerException?.Message ?? ex.Message}", number));
                continue;
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

            if (characters > maxCharacters)
            {
                throw new PipelineException(ErrorCode.TooLarge, input.Path, $"too much text: over {maxCharacters:N0} characters by page {number}");
            }

            pages.Add(new PageDraft(number, pageBox, BlockBuilder.Build(lines, options.LayoutAnalysis)) { HasImages = hasImages });
        }

        return new Result(pages, warnings, characters, unmapped);
    }

    private static BoundingBox PageBox(Page page)
    {
        var box = page.CropBox.Bounds;
        return new BoundingBox(box.Left, box.Bottom, box.Right, box.Top);
    }
}
