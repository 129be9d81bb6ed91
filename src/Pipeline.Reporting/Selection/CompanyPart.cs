using System.Collections.Immutable;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Selection;

/// <summary>One company's share of a comparison: its question and topic cells, and its part of the ledger.</summary>
/// <param name="QuestionCells">Its cells by question.</param>
/// <param name="TopicCells">Its cells by topic.</param>
public sealed record CompanyPart(ImmutableArray<QuestionCell> QuestionCells, ImmutableArray<TopicCell> TopicCells)
{
    /// <summary>Its commitments, claims and refusals (and the items researchers rejected); null when the ledger is not computed.</summary>
    public CommitmentLedger? Commitments { get; init; }
}
