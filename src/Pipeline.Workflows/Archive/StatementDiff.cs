using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Commitments;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// The commitments, claims and refusals of two versions of an answer compared, as the ledger extracted them: a statement
/// of the same kind in the same words (layout, hyphenation and question labels aside, or shingles overlapping at least
/// <see cref="SameStatement"/>) is kept; the rest of the later answer's are new and the rest of the earlier's dropped. A
/// statement whose figure or deadline changed is therefore one dropped and one new: the promise is not the same.
/// </summary>
public static class StatementDiff
{
    /// <summary>Shingle similarity from which two statements are one: a comma or a word of connective apart.</summary>
    public const double SameStatement = 0.8;

    /// <param name="before">The earlier answer's ledger items.</param>
    /// <param name="after">The later answer's ledger items.</param>
    /// <returns>The new statements in reading order, then the dropped ones.</returns>
    public static ImmutableArray<StatementChange> Between(IReadOnlyList<LedgerItem> before, IReadOnlyList<LedgerItem> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Where(Counts).Select(i => (Item: i, Keys: Words.KeysWithoutLabel(i.Statement.Text))).ToList();
        var kept = new bool[old.Count];
        var changes = ImmutableArray.CreateBuilder<StatementChange>();
        foreach (var item in after.Where(Counts))
        {
            var keys = Words.KeysWithoutLabel(item.Statement.Text);
            var match = Enumerable.Range(0, old.Count).FirstOrDefault(i => !kept[i] && old[i].Item.Statement.Kind == item.Statement.Kind && Same(old[i].Keys, keys), -1);
            if (match >= 0)
            {
                kept[match] = true;
            }
            else
            {
                changes.Add(new StatementChange(ChangeKind.New, item));
            }
        }

        changes.AddRange(old.Where((_, i) => !kept[i]).Select(o => new StatementChange(ChangeKind.Dropped, o.Item)));
        return changes.ToImmutable();
    }

    private static bool Counts(LedgerItem item) => item.Statement.Kind != StatementKind.None;

    private static bool Same(string[] a, string[] b) =>
        a.SequenceEqual(b) || Shingles.Jaccard(Shingles.Of(a), Shingles.Of(b)) >= SameStatement;
}
