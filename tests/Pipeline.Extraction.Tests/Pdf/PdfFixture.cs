using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Extraction.Tests.Pdf;

/// <summary>Builds a PDF in code with text at known positions (A4, points, origin bottom-left), then extracts it.</summary>
internal sealed class PdfFixture : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;

    public PdfFixture()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public PdfFixture Page()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    /// <summary>One line of text with its baseline starting at (x, y).</summary>
    public PdfFixture Text(double x, double y, string text, double size = 10, bool bold = false)
    {
        (_page ?? throw new InvalidOperationException("call Page() first")).AddText(text, size, new PdfPoint(x, y), bold ? _bold : _regular);
        return this;
    }

    /// <summary>Lines one under the other, 12 points apart (10-point text, single spacing).</summary>
    public PdfFixture Lines(double x, double y, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Text(x, y - (12 * i), lines[i]);
        }

        return this;
    }

    /// <summary>A run of bold text followed on the same line by regular text.</summary>
    public PdfFixture RunIn(double x, double y, string bold, string rest)
    {
        var added = _page!.AddText(bold, 10, new PdfPoint(x, y), _bold);
        var end = added.Max(l => l.EndBaseLine.X);
        _page.AddText(rest, 10, new PdfPoint(end, y), _regular);
        return this;
    }

    public PdfFixture Image(byte[] png, PdfRectangle where)
    {
        _page!.AddPng(png, where);
        return this;
    }

    public byte[] Build() => _builder.Build();

    public ExtractedDocument Extract(ExtractionOptions? options = null) => Extract(Build(), options);

    public static ExtractedDocument Extract(byte[] bytes, ExtractionOptions? options = null) =>
        new PdfExtractor().Extract(new ExtractionInput("fixture.pdf", bytes, SourceFormat.Pdf, "id"), options ?? ExtractionOptions.Default, CancellationToken.None);

    public void Dispose() => _builder.Dispose();
}
