using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>Builds the <see cref="ExtractedDocument"/> of a page-less format: blocks positioned by paragraph ordinal.</summary>
internal static class TextDocuments
{
    public static ExtractedDocument Create(
        ExtractionInput input,
        SourceFormat format,
        BlockCollector blocks,
        IEnumerable<Diagnostic>? warnings = null,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var all = blocks.ToImmutable();
        var diagnostics = ImmutableArray.CreateRange(warnings ?? []);
        if (!all.Any(b => b.IsBody))
        {
            diagnostics = diagnostics.Add(Diagnostic.Warning("text.empty", "the document has no visible body text"));
        }

        return new ExtractedDocument(input.DocumentId, input.Path, format, 0, all, diagnostics)
        {
            Positions = PositionUnit.ParagraphOrdinal,
            Metadata = metadata is null ? ImmutableDictionary<string, string>.Empty : metadata.ToImmutableDictionary(),
        };
    }
}
