using System.Collections.Immutable;
using Pipeline.Core.Archive;

namespace Pipeline.TextReuse;

/// <summary>
/// Pairs the paragraphs of two versions of an answer: identical word sequences are unchanged; otherwise the most similar
/// pairs (shingle Jaccard at least <see cref="EditedSimilarity"/>) are edits, best pair first, each paragraph used once;
/// the rest are new or dropped. Order does not matter: a paragraph moved elsewhere is still found, and a leading
/// question label is ignored ("1c)" renumbered "1d)" in a later questionnaire leaves the paragraph unchanged).
/// </summary>
public static class ParagraphAlignment
{
    /// <summary>
    /// Below this, two paragraphs are different paragraphs. An updated figure in a 40-word paragraph keeps ~0.85, an
    /// added sentence ~0.6; two companies' paragraphs on the same subject in their own words share well under 0.1.
    /// </summary>
    public const double EditedSimilarity = 0.3;

    /// <param name="before">The earlier version's paragraphs, in order.</param>
    /// <param name="after">The later version's paragraphs, in order.</param>
    /// <returns>The later paragraphs' changes in their order, then the dropped ones in theirs.</returns>
    public static ImmutableArray<ParagraphChange> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldKeys = before.Select(Words.KeysWithoutLabel).ToArray();
        var newKeys = after.Select(Words.KeysWithoutLabel).ToArray();
        var oldShingles = oldKeys.Select(Shingles.Of).ToArray();
        var newShingles = newKeys.Select(Shingles.Of).ToArray();
        var match = new int?[after.Count];
        var similarity = new double[after.Count];
        var taken = new bool[before.Count];

        // Identical first, so that a repeated paragraph is not matched to a near copy of it.
        for (var j = 0; j < after.Count; j++)
        {
            var i = Enumerable.Range(0, before.Count).FirstOrDefault(i => !taken[i] && oldKeys[i].SequenceEqual(newKeys[j]), -1);
            if (i >= 0)
            {
                (match[j], similarity[j], taken[i]) = (i, 1, true);
            }
        }

        var candidates =
            from j in Enumerable.Range(0, after.Count)
            where match[j] is null
            from i in Enumerable.Range(0, before.Count)
            where !taken[i]
            let s = Shingles.Jaccard(oldShingles[i], newShingles[j])
            where s >= EditedSimilarity
            orderby s descending, j, i
            select (i, j, s);
        foreach (var (i, j, s) in candidates.ToList())
        {
            if (match[j] is null && !taken[i])
            {
                (match[j], similarity[j], taken[i]) = (i, s, true);
            }
        }

        var changes = ImmutableArray.CreateBuilder<ParagraphChange>();
        for (var j = 0; j < after.Count; j++)
        {
            changes.Add(match[j] is not { } i
                ? new ParagraphChange(ChangeKind.New, null, after[j], 0, [])
                : similarity[j] >= 1 && oldKeys[i].SequenceEqual(newKeys[j]) || Words.Keys(before[i]).SequenceEqual(Words.Keys(after[j]))
                ? new ParagraphChange(ChangeKind.Unchanged, before[i], after[j], 1, [])
                : new ParagraphChange(ChangeKind.Edited, before[i], after[j], similarity[j], WordDiff.Between(before[i], after[j])));
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (!taken[i])
            {
                changes.Add(new ParagraphChange(ChangeKind.Dropped, before[i], null, 0, []));
            }
        }

        return changes.ToImmutable();
    }
}
