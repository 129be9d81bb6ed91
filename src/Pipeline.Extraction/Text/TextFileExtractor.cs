using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>
/// Text-file replies: .txt (paragraphs split on blank lines, <see cref="PlainTextReader"/>) and .md (headings,
/// labelled list items, table cells, <see cref="MarkdownBlockReader"/>). Encoding from a BOM, else UTF-8, else cp1252. Thread-safe.
/// </summary>
internal sealed class TextFileExtractor(SourceFormat format, Action<string, BlockCollector> read) : IFormatExtractor
{
    public static TextFileExtractor PlainText() => new(SourceFormat.Text, PlainTextReader.Read);

    public static TextFileExtractor Markdown() => new(SourceFormat.Markdown, MarkdownBlockReader.Read);

    public IReadOnlyCollection<SourceFormat> Formats { get; } = [format];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var blocks = new BlockCollector();
        read(TextDecoder.Decode(input.Bytes.Span), blocks);
        return TextDocuments.Create(input, format, blocks);
    }
}
