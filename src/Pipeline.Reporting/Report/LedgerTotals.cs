using Pipeline.Core.Commitments;

namespace Pipeline.Reporting.Report;

/// <summary>A ledger's items counted as they are read, company by company: what the report's commitments section says of them all.</summary>
internal sealed class LedgerTotals
{
    public int Commitments { get; private set; }

    public int Refusals { get; private set; }

    public int Claims { get; private set; }

    /// <summary>Items researchers corrected.</summary>
    public int Corrected { get; private set; }

    /// <summary>Items researchers rejected.</summary>
    public int Rejected { get; private set; }

    public void Add(IEnumerable<LedgerItem> items, int rejected)
    {
        foreach (var item in items)
        {
            Commitments += item.Statement.Kind == StatementKind.Commitment ? 1 : 0;
            Refusals += item.Statement.Kind == StatementKind.Refusal ? 1 : 0;
            Claims += item.Statement.Kind == StatementKind.Claim ? 1 : 0;
            Corrected += item.Correction is null ? 0 : 1;
        }

        Rejected += rejected;
    }
}
