using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// The reference the target is set against: plain text of every paragraph (table cells included) through the OpenXml SDK's
/// DOM, no numbering, styles, notes or headers, as the extraction measurements note timed "DocumentFormat.OpenXml (paragraphs + tables)".
/// </summary>
internal static class OpenXmlSdkText
{
    public static int Read(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        var characters = 0;
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            characters += paragraph.InnerText.Length;
        }

        return characters;
    }
}
