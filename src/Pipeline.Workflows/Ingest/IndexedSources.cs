using Pipeline.Extraction.Eml;

namespace Pipeline.Workflows.Ingest;

/// <summary>The bytes behind an index record's source path, as ingest named it: a file, or an e-mail's attachment ("reply.eml#letter.pdf").</summary>
public static class IndexedSources
{
    /// <summary>Files past this size are not read back (a reply is a letter, not an archive).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The bytes now at <paramref name="source"/>; null when nothing readable is there (or it is larger than <see cref="MaxBytes"/>).</summary>
    /// <param name="exists">Whether something is there at all (a file too large or unreadable still exists).</param>
    public static byte[]? Read(string source, out bool exists)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var info = new FileInfo(source);
            exists = info.Exists;
            if (info.Exists)
            {
                return info.Length > MaxBytes ? null : File.ReadAllBytes(info.FullName);
            }

            var attachment = source.Contains(EmailAttachments.Separator, StringComparison.Ordinal) ? EmailAttachments.Read(source) : null;
            exists = attachment is not null;
            return attachment is not null && attachment.LongLength <= MaxBytes ? attachment : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            exists = true;
            return null;
        }
    }
}
