using Pipeline.Core.Documents;
using Pipeline.Extraction.Text;

namespace Pipeline.Extraction.Word;

/// <summary>What every story of one document shares while it is read: styles, numbering, the output, warnings.</summary>
internal sealed record StoryContext(
    WordStyles Styles,
    NumberingDefinitions Numbering,
    BlockCollector Blocks,
    List<Diagnostic> Warnings,
    AltChunkReader AltChunks,
    CancellationToken CancellationToken);
