using Pipeline.Extraction.Pdf.Ocr;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Pdf;

/// <summary>A fact that needs tesseract and pdftoppm on PATH; reported as skipped (not passed) without them.</summary>
public sealed class OcrToolsFactAttribute : FactAttribute
{
    public OcrToolsFactAttribute()
    {
        if (ExternalProcess.Find("tesseract") is null || ExternalProcess.Find("pdftoppm") is null)
        {
            Skip = "tesseract or pdftoppm is not installed (apt-get install tesseract-ocr poppler-utils)";
        }
    }

    /// <summary>The test also reads ../shared/real-docs; skipped when it is absent.</summary>
    public bool NeedsRealDocs
    {
        get => field;
        init
        {
            field = value;
            if (value && RepoPaths.RealDocs is null)
            {
                Skip ??= "../shared/real-docs is absent";
            }
        }
    }
}
