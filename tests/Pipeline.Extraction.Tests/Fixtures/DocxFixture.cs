using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Tests.Fixtures;

/// <summary>Builds a .docx in memory with the OpenXml SDK from WordprocessingML fragments (the inner XML of each part).</summary>
internal sealed class DocxFixture
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    public required string Body { get; init; }

    public string? Numbering { get; init; }

    public string? Styles { get; init; }

    public string? Footnotes { get; init; }

    public string? Endnotes { get; init; }

    public string? Header { get; init; }

    public string? Footer { get; init; }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            if (Styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{Styles}</w:styles>");
            }

            if (Numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            if (Footnotes is not null)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes($"<w:footnotes {Namespaces}>{Footnotes}</w:footnotes>");
            }

            if (Endnotes is not null)
            {
                main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes($"<w:endnotes {Namespaces}>{Endnotes}</w:endnotes>");
            }

            var references = string.Empty;
            if (Header is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header($"<w:hdr {Namespaces}>{Header}</w:hdr>");
                references += $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>";
            }

            if (Footer is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer($"<w:ftr {Namespaces}>{Footer}</w:ftr>");
                references += $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>";
            }

            main.Document = new Document($"<w:document {Namespaces}><w:body>{Body}<w:sectPr>{references}</w:sectPr></w:body></w:document>");
        }

        return stream.ToArray();
    }
}
