using System.Security.Cryptography;
using Pipeline.Core.Documents;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Data;

/// <summary>
/// The bytes of an indexed reply, read from the source path its index record names (for an e-mail's attachment, out of
/// the message on disk) and served only while they are still the bytes that were indexed (their SHA-256 is the document id): the app never opens a path a request gives.
/// </summary>
internal sealed record OriginalFile(IndexedDocument Record, byte[] Bytes)
{
    /// <summary>How the browser is to take it: PDFs are shown, everything else is downloaded (an HTML reply must never run as a page of this app).</summary>
    public (string ContentType, bool Inline) Disposition => Record.Format switch
    {
        SourceFormat.Pdf => ("application/pdf", true),
        SourceFormat.Docx => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
        SourceFormat.Doc => ("application/msword", false),
        SourceFormat.Rtf => ("application/rtf", false),
        SourceFormat.Odt => ("application/vnd.oasis.opendocument.text", false),
        SourceFormat.Eml => ("message/rfc822", false),
        _ => ("application/octet-stream", false),
    };

    /// <summary>Reads the first of <paramref name="records"/> whose source file still has the indexed content.</summary>
    /// <returns>The file; or null and whether some source exists but has changed since it was indexed.</returns>
    public static OriginalFile? Read(IEnumerable<IndexedDocument> records, out bool changed)
    {
        changed = false;
        foreach (var record in records)
        {
            // A plain file, or an e-mail's attachment read out of the message it came in.
            var bytes = IndexedSources.Read(record.SourcePath, out var exists);
            if (bytes is null)
            {
                changed |= exists;
                continue;
            }

            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) == record.DocumentId)
            {
                return new OriginalFile(record, bytes);
            }

            changed = true;
        }

        return null;
    }
}
