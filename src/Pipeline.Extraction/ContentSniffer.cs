using System.Text;

namespace Pipeline.Extraction;

/// <summary>Says what a file's first bytes look like, for error messages about files whose content is not what their name says.</summary>
internal static class ContentSniffer
{
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "the file is empty";
        }

        if (Word.OfficeContainer.IsZip(bytes))
        {
            return "the content is a ZIP archive (a Word .docx or OpenDocument file?)";
        }

        if (Word.OfficeContainer.IsCompoundFile(bytes))
        {
            return "the content is an OLE2 compound file (a legacy Word .doc or an encrypted Office file?)";
        }

        if (Word.OfficeContainer.IsRtf(bytes))
        {
            return "the content is RTF";
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 64)]).TrimStart();
        if (head.StartsWith('<'))
        {
            return "the content is HTML or XML (a web page saved under the wrong name?)";
        }

        var preview = new string([.. head.Take(24).Select(c => c is >= ' ' and <= '~' ? c : '.')]);
        return $"the content starts with \"{preview}\" ({bytes.Length:N0} bytes)";
    }
}
