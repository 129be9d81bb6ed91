using System.IO.Compression;
using System.Security;
using System.Text;

namespace Pipeline.ScaleBenchmarks;

/// <summary>A letter as a minimal Word document: one paragraph (w:p) per paragraph of the letter, no styles.</summary>
internal static class DocxLetter
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public static byte[] Build(Letter letter)
    {
        var body = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
        foreach (var paragraph in letter.Heading.Concat(letter.Paragraphs))
        {
            body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(paragraph)).Append("</w:t></w:r></w:p>");
        }

        body.Append("</w:body></w:document>");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", Relationships);
            Add(zip, "word/document.xml", body.ToString());
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        // A fixed time stamp: the same seed writes byte-identical files.
        entry.LastWriteTime = new DateTimeOffset(2022, 8, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
