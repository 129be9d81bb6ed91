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
        foreach (var (name, attachment) in EmailAttachments.Named(message))
        {
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

            var content = EmailAttachments.Content(attachment, cancellationToken);
            results.Add(Facade.Value.ExtractBytes(input.Path + EmailAttachments.Separator + name, content, options, cancellationToken));
        }

        return results.ToImmutable();
    }
}
