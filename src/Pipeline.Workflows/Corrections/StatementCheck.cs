using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Checks a statement correction (a ledger item rejected, or its kind, deadline or condition fixed) against the
/// machine's ledger of its reply: it must say what is right, its deadline must be a normalised date or period, and its
/// text must designate exactly one item, whose whole quote it then keeps as its anchor.
/// </summary>
public static class StatementCheck
{
    /// <summary>The draft with its anchor made the item's whole quote.</summary>
    /// <exception cref="CorrectionRejectedException">It says nothing, its deadline does not parse, or its text designates no item or several.</exception>
    public static Correction Anchor(Campaign campaign, Correction draft, IReadOnlyList<IndexedSegment> replySegments)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Validate(draft);
        var items = MachineItems(campaign, replySegments);
        var found = LedgerCorrections.Find(draft, items);
        return found.Length switch
        {
            1 => draft with { Text = items[found[0]].Statement.Text },
            0 => throw new CorrectionRejectedException($"no ledger item of {draft.Reply} quotes \"{draft.Text}\"", Candidates(draft, items, found)),
            var n => throw new CorrectionRejectedException($"{n} ledger items of {draft.Reply} quote \"{draft.Text}\": give more of the text", Candidates(draft, items, found)),
        };
    }

    /// <summary>Where a recorded statement correction stands against the machine's ledger of its reply.</summary>
    public static CorrectionState Standing(Correction correction, IReadOnlyList<LedgerItem> replyItems)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var found = LedgerCorrections.Find(correction, replyItems);
        return found.Length switch
        {
            1 => new CorrectionState(correction, CorrectionStanding.Applied, $"applied to ledger item {replyItems[found[0]].Id} of {correction.Reply}"),
            0 => new CorrectionState(correction, CorrectionStanding.Orphaned, $"no ledger item of {correction.Reply} quotes \"{correction.Text}\" any more (its text changed?)") { Candidates = Candidates(correction, replyItems, found) },
            var n => new CorrectionState(correction, CorrectionStanding.Ambiguous, $"{n} ledger items of {correction.Reply} quote \"{correction.Text}\"") { Candidates = Candidates(correction, replyItems, found) },
        };
    }

    /// <summary>The machine's ledger items of some segments, before any correction: what statement corrections anchor in.</summary>
    public static IReadOnlyList<LedgerItem> MachineItems(Campaign campaign, IReadOnlyList<IndexedSegment> segments) =>
        LedgerBuilder.Build(campaign, segments, []).Items;

    private static void Validate(Correction draft)
    {
        if (draft.ItemKind is null && draft.Deadline is null && draft.Condition is null)
        {
            throw new CorrectionRejectedException("say what is right of the ledger item: its kind (none rejects it), its deadline or its condition", []);
        }

        if (draft.Deadline is { Length: > 0 } deadline && DeadlineValues.LastDay(deadline) is null)
        {
            throw new CorrectionRejectedException($"deadline '{deadline}' is not a date or period (2023, 2023-Q4, 2023-H2, 2023-06, 2023-06-30)", []);
        }
    }

    private static ImmutableArray<string> Candidates(Correction correction, IReadOnlyList<LedgerItem> items, ImmutableArray<int> found)
    {
        var ofReply = items.Where(i => string.Equals(i.File, correction.Reply, StringComparison.OrdinalIgnoreCase)).Select(i => i.Statement.Text).ToList();
        var local = found.IsDefaultOrEmpty ? found : [.. found.Select(f => ofReply.IndexOf(items[f].Statement.Text))];
        return CorrectionCheck.Candidates(correction.Text ?? string.Empty, ofReply, local);
    }
}
