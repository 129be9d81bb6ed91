using System.Collections.Immutable;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Commitments;

/// <summary>
/// Applies researchers' statement corrections to a ledger, in the file's order (a later correction of the same item
/// wins): a kind of none moves the item to <see cref="CommitmentLedger.Rejected"/>; another kind, a deadline or a
/// condition replaces the machine's, which <see cref="ItemCorrection"/> keeps. A correction finds its item by the
/// quoted text within its reply (<see cref="PassageAnchor"/>), so it survives re-ingest; one that finds none or
/// several is listed in <see cref="CommitmentLedger.Unapplied"/>.
/// </summary>
public static class LedgerCorrections
{
    public static CommitmentLedger Apply(CommitmentLedger ledger, IReadOnlyList<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(corrections);
        var statements = corrections.Where(c => c.Kind == CorrectionKind.Statement).ToList();
        if (statements.Count == 0)
        {
            return ledger;
        }

        var items = ledger.Items.AddRange(ledger.Rejected).ToArray();
        var rejected = new bool[items.Length];
        for (var i = ledger.Items.Length; i < items.Length; i++)
        {
            rejected[i] = true;
        }

        var unapplied = ImmutableArray.CreateBuilder<Correction>();
        foreach (var correction in statements)
        {
            var found = Find(correction, items);
            if (found.Length != 1)
            {
                unapplied.Add(correction);
                continue;
            }

            var place = found[0];
            items[place] = Corrected(items[place], correction);
            if (correction.ItemKind is { } kind)
            {
                rejected[place] = kind == StatementKind.None;
            }
        }

        return ledger with
        {
            Items = [.. items.Where((_, i) => !rejected[i])],
            Rejected = [.. items.Where((_, i) => rejected[i])],
            Unapplied = ledger.Unapplied.AddRange(unapplied),
        };
    }

    /// <summary>The positions in <paramref name="items"/> the correction designates: the items of its reply whose quote its text starts (or, failing that, is in).</summary>
    public static ImmutableArray<int> Find(Correction correction, IReadOnlyList<LedgerItem> items)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(items);
        var ofReply = Enumerable.Range(0, items.Count).Where(i => string.Equals(items[i].File, correction.Reply, StringComparison.OrdinalIgnoreCase)).ToList();
        var found = PassageAnchor.Find(correction.Text ?? string.Empty, [.. ofReply.Select(i => items[i].Statement.Text)]);
        return [.. found.Select(f => ofReply[f])];
    }

    private static LedgerItem Corrected(LedgerItem item, Correction correction)
    {
        var s = item.Statement;
        var mark = item.Correction is { } earlier
            ? earlier with { Ids = earlier.Ids.Add(correction.Id) }
            : new ItemCorrection([correction.Id], s.Kind, s.Deadline, s.Condition);
        var statement = s with
        {
            Kind = correction.ItemKind is { } kind && kind != StatementKind.None ? kind : s.Kind,
            Deadline = correction.Deadline switch
            {
                null => s.Deadline,
                "" => null,
                var value => new Deadline(value, value),
            },
            Condition = correction.Condition switch
            {
                null => s.Condition,
                "" => null,
                var text => text,
            },
            // A condition a researcher removed no longer weakens the statement; one added does.
            Hedged = correction.Condition switch
            {
                null => s.Hedged,
                "" => false,
                _ => true,
            },
        };
        return item with { Statement = statement, Correction = mark };
    }
}
