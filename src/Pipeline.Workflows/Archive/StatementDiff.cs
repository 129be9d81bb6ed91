using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Commitments;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// The commitments, claims and refusals of two versions of an answer compared, as the ledgers extracted them. A statement
/// is kept when the other version's answer still says it: its words stand there in order (layout, page breaks,
/// hyphenation and question labels aside — a sentence cut by a page break is two statements in one ledger and one in
/// the other), or the other version has a statement of its kind in nearly the same words (shingles overlapping at least
/// <see cref="SameStatement"/>). The rest of the later answer's statements are new and the rest of the earlier's
/// dropped: a claim whose figure changed, or a promise whose deadline moved, is one dropped and one new.
/// </summary>
public static class StatementDiff
{
    /// <summary>Shingle similarity from which two statements are one: a comma or a word of connective apart.</summary>
    public const double SameStatement = 0.8;

    /// <param name="before">The earlier answer's ledger items.</param>
    /// <param name="beforeText">The earlier answer's text.</param>
    /// <param name="after">The later answer's ledger items.</param>
    /// <param name="afterText">The later answer's text.</param>
    /// <returns>The new statements in reading order, then the dropped ones.</returns>
    public static ImmutableArray<StatementChange> Between(IReadOnlyList<LedgerItem> before, string beforeText, IReadOnlyList<LedgerItem> after, string afterText)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = Unsaid(after, Words.Keys(beforeText), before);
        var dropped = Unsaid(before, Words.Keys(afterText), after);
        return [.. added.Select(i => new StatementChange(ChangeKind.New, i)), .. dropped.Select(i => new StatementChange(ChangeKind.Dropped, i))];
    }

    /// <summary>The statements among <paramref name="items"/> that the other version neither says in their words nor in nearly the same.</summary>
    private static IEnumerable<LedgerItem> Unsaid(IReadOnlyList<LedgerItem> items, string[] otherText, IReadOnlyList<LedgerItem> otherItems)
    {
        var others = otherItems.Where(Counts).Select(i => (i.Statement.Kind, Shingles: Shingles.Of(Words.KeysWithoutLabel(i.Statement.Text)))).ToList();
        foreach (var item in items.Where(Counts))
        {
            var keys = Words.KeysWithoutLabel(item.Statement.Text);
            var shingles = Shingles.Of(keys);
            var said = (keys.Length > 0 && WordRuns.IndexOf(otherText, keys) >= 0)
                || others.Any(o => o.Kind == item.Statement.Kind && Shingles.Jaccard(o.Shingles, shingles) >= SameStatement);
            if (!said)
            {
                yield return item;
            }
        }
    }

    private static bool Counts(LedgerItem item) => item.Statement.Kind != StatementKind.None;
}
