using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf.Layout;
using Pipeline.Extraction.Pdf.Ocr;

namespace Pipeline.Extraction.Pdf;

/// <summary>What one page yielded before the document-wide passes: layout blocks in reading order, or OCR paragraphs.</summary>
internal sealed record PageDraft(int Number, BoundingBox PageBox, IReadOnlyList<PageBlock> Blocks)
{
    public IReadOnlyList<OcrParagraph> Ocr { get; init; } = [];

    /// <summary>The page draws at least one image: without text, it may be a scan worth OCR.</summary>
    public bool HasImages { get; init; }
}
