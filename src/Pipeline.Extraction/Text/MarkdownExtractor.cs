using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>Markdown replies (.md): headings, paragraphs, labelled list items and table cells. Stateless, thread-safe.</summary>
internal sealed class MarkdownExtractor : IFormatExtractor
{
    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Markdown];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var blocks = new BlockCollector();
        MarkdownBlockReader.Read(TextDecoder.Decode(input.Bytes.Span), blocks);
        return TextDocuments.Create(input, SourceFormat.Markdown, blocks);
    }
}
