using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Ocr;

/// <summary>A paragraph tesseract recognised on a page image, with its lines and where it sits on the PDF page.</summary>
internal sealed record OcrParagraph(IReadOnlyList<string> Lines, BoundingBox Box);
