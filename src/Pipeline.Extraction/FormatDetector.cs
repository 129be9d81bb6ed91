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

    /// <summary>The format the content shows (a PDF header within the first kilobyte), else the one the extension names.</summary>
    /// <remarks>A PDF saved as .docx is read as PDF; a .pdf that is no PDF goes to the PDF reader, which reports it as wrong-format.</remarks>
    public static SourceFormat Detect(string path, ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0 ? SourceFormat.Pdf : FromExtension(path);

    /// <summary>The format the extension names; <see cref="SourceFormat.Unknown"/> when none.</summary>
    public static SourceFormat FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : SourceFormat.Unknown;
}
