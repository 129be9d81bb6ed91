using AngleSharp.Html.Parser;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Text;

namespace Pipeline.Extraction.Html;

/// <summary>HTML replies (.html, .htm): the visible text as blocks; the page title as metadata. Stateless, thread-safe.</summary>
internal sealed class HtmlExtractor : IFormatExtractor
{
    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Html];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        // The parser honours a byte-order mark and <meta charset>, as a browser does.
        using var document = new HtmlParser().ParseDocument(input.OpenStream());
        var blocks = new BlockCollector();
        HtmlBlockReader.Read(document, blocks);
        var title = document.Title?.Trim();
        return TextDocuments.Create(input, SourceFormat.Html, blocks, metadata: string.IsNullOrEmpty(title) ? null : new Dictionary<string, string> { ["title"] = title });
    }
}
