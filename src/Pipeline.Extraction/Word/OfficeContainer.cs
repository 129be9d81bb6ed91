using System.Text;

namespace Pipeline.Extraction.Word;

/// <summary>Recognises Office container formats from their first bytes.</summary>
internal static class OfficeContainer
{
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] OpenDocumentMimeType = "mimetypeapplication/vnd.oasis.opendocument"u8.ToArray();

    /// <summary>A zip archive (OOXML, ODF): starts with a local file header.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\x03\x04"u8);

    /// <summary>An OLE compound file: a Word 97-2003 document, or an encrypted OOXML package.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith(CompoundFileMagic);

    /// <summary>
    /// A password-protected OOXML file: Office wraps the encrypted zip in a compound file whose directory names the
    /// streams EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO §2.3.4). Directory entry names are UTF-16 in the file.
    /// </summary>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> content) =>
        IsCompoundFile(content) && (content.IndexOf(EncryptionInfoName) >= 0 || content.IndexOf(EncryptedPackageName) >= 0);

    /// <summary>An OpenDocument package: its first entry is the uncompressed "mimetype" file.</summary>
    public static bool IsOpenDocument(ReadOnlySpan<byte> content) =>
        IsZip(content) && content.Length > 30 + OpenDocumentMimeType.Length && content[30..].StartsWith(OpenDocumentMimeType);

    public static bool IsRtf(ReadOnlySpan<byte> content) => content.StartsWith("{\\rtf"u8);
}
