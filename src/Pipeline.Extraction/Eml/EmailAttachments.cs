using MimeKit;

namespace Pipeline.Extraction.Eml;

/// <summary>
/// An e-mail's attachments by the names Pipeline gives them: the sender's file name without folders (a name from the
/// content type when there is none), so that "message.eml#file.pdf" names one attachment, at any depth of attached
/// messages, both when extracting and when the original is asked for again.
/// </summary>
public static class EmailAttachments
{
    /// <summary>Between a message's path and its attachment's name.</summary>
    public const char Separator = '#';

    /// <summary>
    /// The bytes of the attachment that <paramref name="source"/> names ("inbox/reply.eml#letter.pdf", or deeper
    /// "reply.eml#forwarded.eml#letter.pdf"), read from the message file on disk; null when the file, a message along
    /// the way or the attachment is not there, or a message cannot be read.
    /// </summary>
    public static byte[]? Read(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = source.Split(Separator);
        for (var split = 1; split < parts.Length; split++)
        {
            var file = string.Join(Separator, parts[..split]);
            if (File.Exists(file))
            {
                return Follow(File.ReadAllBytes(file), parts[split..]);
            }
        }

        return null;
    }

    internal static IEnumerable<(string Name, MimeEntity Entity)> Named(MimeMessage message) =>
        message.Attachments.Select((attachment, i) => (FileName(attachment, i + 1), attachment));

    internal static byte[] Content(MimeEntity attachment, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        if (attachment is MessagePart { Message: { } inner })
        {
            inner.WriteTo(content, cancellationToken);
        }
        else if (attachment is MimePart { Content: { } data })
        {
            data.DecodeTo(content, cancellationToken);
        }

        return content.ToArray();
    }

    private static byte[]? Follow(byte[] bytes, string[] names)
    {
        foreach (var name in names)
        {
            try
            {
                using var message = MimeMessage.Load(new MemoryStream(bytes));
                var match = Named(message).FirstOrDefault(a => a.Name == name);
                if (match.Entity is null)
                {
                    return null;
                }

                bytes = Content(match.Entity, CancellationToken.None);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return bytes;
    }

    /// <summary>The attachment's file name without folders; a name from its content type when it has none.</summary>
    private static string FileName(MimeEntity attachment, int index)
    {
        var name = attachment switch
        {
            MimePart part => part.FileName,
            MessagePart => $"attached-message-{index}.eml",
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(name))
        {
            name = $"attachment-{index}{ExtensionFor(attachment.ContentType.MimeType)}";
        }

        return Path.GetFileName(name.Replace('\\', '/').Replace(Separator, '_'));
    }

    private static string ExtensionFor(string mimeType) => mimeType.ToLowerInvariant() switch
    {
        "application/pdf" => ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/msword" => ".doc",
        "application/rtf" or "text/rtf" => ".rtf",
        "text/plain" => ".txt",
        "text/html" => ".html",
        "message/rfc822" => ".eml",
        _ => string.Empty,
    };
}
