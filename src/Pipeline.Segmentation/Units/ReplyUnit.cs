using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Segmentation.Units;

/// <summary>What segmentation reads at a time: a paragraph, or a table row (or column) whose first cell may name a question.</summary>
internal sealed record ReplyUnit(ImmutableArray<Block> Blocks, bool IsTablePart)
{
    /// <summary>The block that may carry a marker: the paragraph itself, or a row's first cell.</summary>
    public Block Head => Blocks[0];

    public string Text => string.Join(" ", Blocks.Select(b => b.Text));

    /// <summary>
    /// Where a numbering of the head's is read: its list label where Word or the PDF's layout gave it one ("3." in
    /// <see cref="Block.ListLabel"/>, not in the text), else its text.
    /// </summary>
    public string NumberingText => Head.ListLabel is { } label ? label + " " : Head.Text;
}
