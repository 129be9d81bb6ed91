using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Selection;

/// <summary>One row of a view: a company with its cells (missing ones filled as <see cref="ComparisonView.Cell(CompanyEntry, Question)"/> does) and its ledger items.</summary>
public sealed class CompanyRows
{
    private readonly ComparisonView _view;

    internal CompanyRows(CompanyEntry company, ComparisonView view, CommitmentLedger? commitments)
    {
        Company = company;
        _view = view;
        Commitments = commitments?.Items ?? [];
        Rejected = commitments?.Rejected.OrEmpty().Length ?? 0;
    }

    public CompanyEntry Company { get; }

    /// <summary>A view of this company alone, with the parent view's columns.</summary>
    public ComparisonView View => _view;

    /// <summary>Its commitments, claims and refusals, in ledger order; empty when none or not computed.</summary>
    public ImmutableArray<LedgerItem> Commitments { get; }

    /// <summary>How many of its items researchers rejected.</summary>
    public int Rejected { get; }

    public QuestionCell Cell(Question question) => _view.Cell(Company, question);

    public TopicCell Cell(Topic topic) => _view.Cell(Company, topic);
}
