using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>Plain-text replies (.txt): paragraphs split on blank lines. Stateless, thread-safe.</summary>
internal sealed class PlainTextExtractor : IFormatExtractor
{
    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Text];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var blocks = new BlockCollector();
        PlainTextReader.Read(TextDecoder.Decode(input.Bytes.Span), blocks);
        return TextDocuments.Create(input, SourceFormat.Text, blocks);
    }
}
