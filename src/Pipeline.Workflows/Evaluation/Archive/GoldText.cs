using Pipeline.TextReuse;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>
/// Whether a paragraph Pipeline reports is the gold's: the same words, question labels aside, or shingles overlapping
/// at least 0.8 — extraction and segmentation may cut a little differently from the gold's author.
/// </summary>
internal static class GoldText
{
    private const double SameText = 0.8;

    public static bool Same(string? gold, string? mine)
    {
        if (gold is null || mine is null)
        {
            return false;
        }

        var g = Words.KeysWithoutLabel(gold);
        var m = Words.KeysWithoutLabel(mine);
        return g.SequenceEqual(m) || Shingles.Jaccard(Shingles.Of(g), Shingles.Of(m)) >= SameText;
    }

    /// <summary>The start of a text, for a line of misses.</summary>
    public static string Start(string? text) => text is null ? string.Empty : text.Length > 80 ? text[..80] + "…" : text;
}
