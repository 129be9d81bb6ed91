using System.Collections.Immutable;
using Pipeline.Core.Archive;

namespace Pipeline.TextReuse;

/// <summary>
/// Pairs the paragraphs of two versions of an answer: identical word sequences are unchanged; otherwise the most similar
/// pairs that are one paragraph edited (<see cref="IsEdit"/>) are edits, best pair first, each paragraph used once;
/// the rest are new or dropped. Order does not matter: a paragraph moved elsewhere is still found, and a leading
/// question label is ignored ("1c)" renumbered "1d)" in a later questionnaire leaves the paragraph unchanged).
/// </summary>
public static class ParagraphAlignment
{
    /// <summary>
    /// From this shingle similarity two paragraphs are one edited. An updated figure in a 40-word paragraph keeps ~0.85,
    /// an added sentence ~0.6; two companies' paragraphs on the same subject in their own words share well under 0.1.
    /// </summary>
    public const double EditedSimilarity = 0.3;

    /// <summary>
    /// Below <see cref="EditedSimilarity"/>, an answer rewritten around a kept sentence is still one paragraph edited when
    /// it shares some shingles (at least this similarity) and keeps <see cref="KeptInOrder"/> of the shorter version's
    /// words in order; different paragraphs of one company on one subject share common words, but not in order.
    /// </summary>
    public const double RewrittenSimilarity = 0.1;

    /// <summary>Share of the shorter version's words the other keeps in the same order, for a rewritten paragraph.</summary>
    public const double KeptInOrder = 0.5;

    /// <param name="before">The earlier version's paragraphs, in order.</param>
    /// <param name="after">The later version's paragraphs, in order.</param>
    /// <returns>
    /// The later paragraphs' changes in their order, then the dropped ones in theirs; a paragraph that holds a whole
    /// paragraph of the other version (two merged into one) is reported as its pieces (<see cref="ParagraphPieces"/>).
    /// </returns>
    public static ImmutableArray<ParagraphChange> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldPieces = ParagraphPieces.Cut(before, after).Select(p => p.Text).ToArray();
        var newPieces = ParagraphPieces.Cut(after, before).Select(p => p.Text).ToArray();
        var pairs = Match(oldPieces, newPieces).ToDictionary(p => p.After);
        var taken = pairs.Values.Select(p => p.Before).ToHashSet();
        var changes = ImmutableArray.CreateBuilder<ParagraphChange>();
        for (var j = 0; j < newPieces.Length; j++)
        {
            changes.Add(!pairs.TryGetValue(j, out var pair)
                ? new ParagraphChange(ChangeKind.New, null, newPieces[j], 0, [])
                : pair.Unchanged
                ? new ParagraphChange(ChangeKind.Unchanged, pair.BeforeText, pair.AfterText, 1, [])
                : new ParagraphChange(ChangeKind.Edited, pair.BeforeText, pair.AfterText, pair.Similarity, WordDiff.Between(pair.BeforeText, pair.AfterText)));
        }

        for (var i = 0; i < oldPieces.Length; i++)
        {
            if (!taken.Contains(i))
            {
                changes.Add(new ParagraphChange(ChangeKind.Dropped, oldPieces[i], null, 0, []));
            }
        }

        return changes.ToImmutable();
    }

    /// <summary>
    /// The later paragraphs that repeat or edit an earlier one, each in at most one pair (a merged paragraph in one pair
    /// per piece), in the later order; indices are of <paramref name="before"/> and <paramref name="after"/>.
    /// </summary>
    public static ImmutableArray<AlignedPair> Pairs(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldPieces = ParagraphPieces.Cut(before, after);
        var newPieces = ParagraphPieces.Cut(after, before);
        return [.. Match([.. oldPieces.Select(p => p.Text)], [.. newPieces.Select(p => p.Text)])
            .Select(p => p with { Before = oldPieces[p.Before].Source, After = newPieces[p.After].Source })];
    }

    // Pairs by index into the two lists.
    private static List<AlignedPair> Match(string[] before, string[] after)
    {
        var oldKeys = before.Select(Words.KeysWithoutLabel).ToArray();
        var newKeys = after.Select(Words.KeysWithoutLabel).ToArray();
        var oldShingles = oldKeys.Select(Shingles.Of).ToArray();
        var newShingles = newKeys.Select(Shingles.Of).ToArray();
        var match = new AlignedPair?[after.Length];
        var taken = new bool[before.Length];

        // Identical first, so that a repeated paragraph is not matched to a near copy of it.
        for (var j = 0; j < after.Length; j++)
        {
            var i = Enumerable.Range(0, before.Length).FirstOrDefault(i => !taken[i] && oldKeys[i].SequenceEqual(newKeys[j]), -1);
            if (i >= 0)
            {
                (match[j], taken[i]) = (new AlignedPair(i, j, before[i], after[j], 1, true), true);
            }
        }

        var candidates =
            from j in Enumerable.Range(0, after.Length)
            where match[j] is null
            from i in Enumerable.Range(0, before.Length)
            where !taken[i]
            let s = Shingles.Jaccard(oldShingles[i], newShingles[j])
            where IsEdit(s, oldKeys[i], newKeys[j])
            orderby s descending, j, i
            select (i, j, s);
        foreach (var (i, j, s) in candidates.ToList())
        {
            if (match[j] is null && !taken[i])
            {
                // With their labels two paragraphs can still be word for word the same (labels that read alike).
                var same = Words.Keys(before[i]).SequenceEqual(Words.Keys(after[j]));
                (match[j], taken[i]) = (new AlignedPair(i, j, before[i], after[j], same ? 1 : s, same), true);
            }
        }

        return [.. match.OfType<AlignedPair>()];
    }

    /// <summary>Whether two paragraphs (their comparison keys and shingle similarity) are one paragraph edited.</summary>
    public static bool IsEdit(double similarity, IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        similarity >= EditedSimilarity || (similarity >= RewrittenSimilarity && WordsInOrder.KeptShare(a, b) >= KeptInOrder);
}
