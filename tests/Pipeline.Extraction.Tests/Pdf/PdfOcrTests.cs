using Pipeline.Extraction.Pdf.Ocr;
using Pipeline.Extraction.Processes;
using Pipeline.Testing;
using UglyToad.PdfPig.Core;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class PdfOcrTests
{
    [ToolFact("tesseract", "pdftoppm")]
    public void ScannedPage_IsOcrd_AndMarked()
    {
        // Given a page that is only a picture of printed text
        var scan = ScanOf("Grievance mechanism report");

        // When
        var document = PdfFixture.Extract(scan);

        // Then
        var block = Assert.Single(document.Blocks);
        Assert.True(block.IsOcr);
        Assert.Contains("Grievance mechanism report", block.Text, StringComparison.Ordinal);
        Assert.Equal(1, block.Page);
        Assert.Empty(document.Warnings);
    }

    [ToolFact("tesseract", "pdftoppm")]
    public void ScannedPage_WithOcrOff_IsNamedInAWarning()
    {
        // Given
        var scan = ScanOf("Grievance mechanism report");

        // When
        var document = PdfFixture.Extract(scan, ExtractionOptions.Default with { Ocr = false });

        // Then
        Assert.Empty(document.Blocks);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("pdf.no-text-layer", warning.Code);
        Assert.Equal(1, warning.Page);
    }

    [ToolFact("tesseract", "pdftoppm", NeedsRealDocs = true)]
    public void RealScan_IsOcrd()
    {
        var result = DocumentExtractor.CreateDefault().ExtractFile(Path.Combine(RepoPaths.RealDocs!, "pdf", "testOCR.pdf"));

        Assert.Contains(result.Document!.Blocks, b => b.IsOcr && b.Text.Contains("Happy New Year", StringComparison.Ordinal));
    }

    // A text PDF rendered to an image by pdftoppm, placed alone on a page of a new PDF.
    private static byte[] ScanOf(string text)
    {
        using var original = new PdfFixture().Page().Text(60, 700, text, size: 24);
        var folder = Directory.CreateTempSubdirectory("pipeline-ocr-test-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "text.pdf");
            File.WriteAllBytes(pdf, original.Build());
            var prefix = Path.Combine(folder.FullName, "scan");
            ExternalProcess.Run(ExternalProcess.Find("pdftoppm")!, ["-r", "150", "-png", "-singlefile", pdf, prefix], TimeSpan.FromSeconds(60), CancellationToken.None);
            using var scanned = new PdfFixture().Page().Image(File.ReadAllBytes(prefix + ".png"), new PdfRectangle(0, 0, 595, 842));
            return scanned.Build();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
