using Pipeline.Core.Documents;

namespace Pipeline.Extraction;

/// <summary>Decides a file's format from its first bytes, falling back on the extension where content does not say.</summary>
public static class FormatDetector
{
    private static readonly Dictionary<string, SourceFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = SourceFormat.Pdf,
        [".docx"] = SourceFormat.Docx,
        [".docm"] = SourceFormat.Docx,
        [".doc"] = SourceFormat.Doc,
        [".rtf"] = SourceFormat.Rtf,
        [".odt"] = SourceFormat.Odt,
        [".txt"] = SourceFormat.Text,
        [".md"] = SourceFormat.Markdown,
        [".markdown"] = SourceFormat.Markdown,
        [".html"] = SourceFormat.Html,
        [".htm"] = SourceFormat.Html,
        [".eml"] = SourceFormat.Eml,
    };

    /// <summary>File extensions a reply folder is scanned for.</summary>
    public static IReadOnlyCollection<string> KnownExtensions => ByExtension.Keys;

    /// <summary>
    /// The format the content shows where it contradicts the name, else the format the extension names: a PDF header in
    /// the first kilobyte makes any file a PDF (a .pdf without one goes to the PDF reader, which reports it as
    /// wrong-format); RTF or a Word 97-2003 file saved as .doc/.docx; a .docx saved as .doc. An encrypted OOXML file stays
    /// Word (reported as encrypted).
    /// </summary>
    public static SourceFormat Detect(string path, ReadOnlySpan<byte> content)
    {
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return SourceFormat.Pdf;
        }

        var byName = FromExtension(path);
        return byName switch
        {
            SourceFormat.Docx or SourceFormat.Doc or SourceFormat.Rtf or SourceFormat.Odt when Word.OfficeContainer.IsRtf(content) => SourceFormat.Rtf,
            SourceFormat.Docx or SourceFormat.Doc or SourceFormat.Rtf or SourceFormat.Odt when Word.OfficeContainer.IsCompoundFile(content) =>
                Word.OfficeContainer.IsEncryptedPackage(content) ? SourceFormat.Docx : SourceFormat.Doc,
            SourceFormat.Doc or SourceFormat.Rtf or SourceFormat.Odt when Word.OfficeContainer.IsZip(content) =>
                Word.OfficeContainer.IsOpenDocument(content) ? SourceFormat.Odt : SourceFormat.Docx,
            _ => byName,
        };
    }

    /// <summary>The format the extension names; <see cref="SourceFormat.Unknown"/> when none.</summary>
    public static SourceFormat FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : SourceFormat.Unknown;
}
