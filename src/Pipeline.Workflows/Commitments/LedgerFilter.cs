using System.Collections.Immutable;
using Pipeline.Core.Commitments;

namespace Pipeline.Workflows.Commitments;

/// <summary>What to list of a ledger: one company, some kinds, items due by a date, some follow-up statuses. Every criterion is optional.</summary>
/// <param name="Company">The company's canonical name; null for all.</param>
/// <param name="Kinds">The kinds to keep; empty for all.</param>
/// <param name="DueBefore">
/// Keep commitments whose deadline's last day is on or before this date: what is due to be chased. Claims and refusals
/// carry the dates they state, which are no deadlines, so they are left out. Null for all.
/// </param>
/// <param name="Statuses">The follow-up statuses to keep; empty for all.</param>
public sealed record LedgerFilter(string? Company, ImmutableArray<StatementKind> Kinds, DateOnly? DueBefore, ImmutableArray<FollowUpStatus> Statuses)
{
    public static LedgerFilter None { get; } = new(null, [], null, []);

    public IEnumerable<LedgerItem> Apply(CommitmentLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.Items.Where(Keeps);
    }

    public bool Keeps(LedgerItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Company is null || string.Equals(item.Company, Company, StringComparison.Ordinal))
            && (Kinds.IsDefaultOrEmpty || Kinds.Contains(item.Statement.Kind))
            && (DueBefore is not { } due || (item.Statement.Kind == StatementKind.Commitment && item.Statement.Deadline?.LastDay is { } last && last <= due))
            && (Statuses.IsDefaultOrEmpty || Statuses.Contains(item.Status));
    }
}
