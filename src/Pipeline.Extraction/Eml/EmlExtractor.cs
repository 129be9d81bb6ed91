using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Html.Parser;
using MimeKit;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Html;
using Pipeline.Extraction.Text;

namespace Pipeline.Extraction.Eml;

/// <summary>
/// E-mailed replies (.eml): From/To/Cc/Subject/Date/Message-Id as metadata, the body (text/plain preferred, else the
/// HTML part's visible text) as blocks, and every attachment in a format Pipeline reads extracted as a document of
/// its own into <see cref="ExtractedDocument.Attachments"/> (named "message.eml#file.pdf"). Thread-safe.
/// </summary>
internal sealed class EmlExtractor : IFormatExtractor
{
    /// <summary>Attachments inside attached messages are read this many levels deep.</summary>
    private const int MaxNesting = 3;

    private static readonly Lazy<DocumentExtractor> Facade = new(DocumentExtractor.CreateDefault);

    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Eml];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(input.OpenStream(), cancellationToken);
        }
        catch (FormatException ex)
        {
            throw new PipelineException(ErrorCode.Damaged, input.Path, $"unreadable e-mail: {ex.Message}", ex);
        }

        using (message)
        {
            var blocks = new BlockCollector();
            ReadBody(message, blocks);
            var warnings = new List<Diagnostic>();
            var attachments = ReadAttachments(message, input, options, warnings, cancellationToken);
            return TextDocuments.Create(input, SourceFormat.Eml, blocks, warnings, Headers(message)) with { Attachments = attachments };
        }
    }

    private static void ReadBody(MimeMessage message, BlockCollector blocks)
    {
        if (message.TextBody is { } text && !string.IsNullOrWhiteSpace(text))
        {
            PlainTextReader.Read(text, blocks);
        }
        else if (message.HtmlBody is { } html)
        {
            using var document = new HtmlParser().ParseDocument(html);
            HtmlBlockReader.Read(document, blocks);
        }
    }

    private static Dictionary<string, string> Headers(MimeMessage message)
    {
        var headers = new Dictionary<string, string>();
        void Set(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                headers[key] = value.Trim();
            }
        }

        Set("from", message.From.ToString());
        Set("to", message.To.ToString());
        Set("cc", message.Cc.ToString());
        Set("subject", message.Subject);
        Set("date", message.Headers.Contains(HeaderId.Date) ? message.Date.ToString("o", CultureInfo.InvariantCulture) : null);
        Set("messageId", message.MessageId);
        return headers;
    }

    private static ImmutableArray<ExtractionResult> ReadAttachments(MimeMessage message, ExtractionInput input, ExtractionOptions options, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<ExtractionResult>();
        var index = 0;
        foreach (var attachment in message.Attachments)
        {
            index++;
            var name = FileName(attachment, index);
            if (FormatDetector.FromExtension(name) is SourceFormat.Unknown)
            {
                warnings.Add(Diagnostic.Warning("eml.attachment-skipped", $"attachment '{name}' is not in a format Pipeline reads"));
                continue;
            }

            if (input.Path.Count(c => c == '#') >= MaxNesting)
            {
                warnings.Add(Diagnostic.Warning("eml.attachment-too-deep", $"attachment '{name}' is nested more than {MaxNesting} messages deep and is not read"));
                continue;
            }

            using var content = new MemoryStream();
            if (attachment is MessagePart { Message: { } inner })
            {
                inner.WriteTo(content, cancellationToken);
            }
            else if (attachment is MimePart { Content: { } data })
            {
                data.DecodeTo(content, cancellationToken);
            }

            results.Add(Facade.Value.ExtractBytes(input.Path + "#" + name, content.ToArray(), options, cancellationToken));
        }

        return results.ToImmutable();
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

        return Path.GetFileName(name.Replace('\\', '/').Replace('#', '_'));
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
