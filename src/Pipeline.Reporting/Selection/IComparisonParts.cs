using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Selection;

/// <summary>
/// A comparison handed out company by company, so that a renderer holds one company's cells at a time: memory bounded
/// by the largest company, not by the number of replies (issue 17).
/// </summary>
public interface IComparisonParts
{
    /// <summary>
    /// The comparison without its cells: campaign, companies, generation time, unattributed failures; its
    /// <see cref="CampaignComparison.Commitments"/> is a ledger without items (what classified them) or null when the
    /// ledger is not computed.
    /// </summary>
    CampaignComparison Outline { get; }

    /// <summary>One company's cells and ledger items; read afresh on each call.</summary>
    CompanyPart Read(CompanyEntry company);

    /// <summary>The ledger's items whose company is undetermined; null when the ledger is not computed.</summary>
    CommitmentLedger? Undetermined();

    /// <summary>The ledger's companies (null: the undetermined company) in the order it lists their items, company by company.</summary>
    IReadOnlyList<string?> LedgerCompanies();
}
