using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Text;

/// <summary>
/// Accumulates blocks in reading order, numbering them: <see cref="Block.Index"/> for every block and
/// <see cref="Block.Ordinal"/> (1-based, body blocks only) as the citable position in formats without pages.
/// Blocks whose normalised text is empty are dropped.
/// </summary>
internal sealed class BlockCollector
{
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private int _bodyCount;

    public int Count => _blocks.Count;

    /// <summary>Adds a block built with any index and ordinal; returns false when its text is empty.</summary>
    public bool Add(Block draft)
    {
        if (draft.Text.Length == 0)
        {
            return false;
        }

        _blocks.Add(draft with { Index = _blocks.Count, Ordinal = draft.IsBody ? ++_bodyCount : 0 });
        return true;
    }

    /// <summary>Adds every block of another document (an embedded part), renumbered.</summary>
    public void AddRange(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }
    }

    public ImmutableArray<Block> ToImmutable() => _blocks.ToImmutable();
}
