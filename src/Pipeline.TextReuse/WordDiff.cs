using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;
using Pipeline.Core.Archive;

namespace Pipeline.TextReuse;

/// <summary>
/// A word-level diff of two versions of a passage (DiffPlex's Myers diff over the words' comparison keys), so a reflowed
/// or re-hyphenated paragraph shows no change and an edited figure shows as one deleted and one inserted word.
/// </summary>
public static class WordDiff
{
    public static ImmutableArray<WordEdit> Between(string before, string after)
    {
        var old = Words.Of(before);
        var @new = Words.Of(after);
        var result = Differ.Instance.CreateDiffs(
            string.Join('\n', old.Select(w => w.Key)), string.Join('\n', @new.Select(w => w.Key)), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var edits = ImmutableArray.CreateBuilder<WordEdit>();
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(edits, EditKind.Same, @new, b, block.InsertStartB - b);
            Add(edits, EditKind.Deleted, old, block.DeleteStartA, block.DeleteCountA);
            Add(edits, EditKind.Inserted, @new, block.InsertStartB, block.InsertCountB);
            b = block.InsertStartB + block.InsertCountB;
        }

        Add(edits, EditKind.Same, @new, b, @new.Length - b);
        return edits.ToImmutable();
    }

    private static void Add(ImmutableArray<WordEdit>.Builder edits, EditKind kind, ImmutableArray<Word> words, int start, int count)
    {
        if (count > 0)
        {
            edits.Add(new WordEdit(kind, string.Join(' ', words.Skip(start).Take(count).Select(w => w.Text))));
        }
    }
}
