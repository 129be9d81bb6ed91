using System.Collections.Immutable;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Selection;

/// <summary>A comparison already in memory, handed out company by company: what renderers read when given a whole comparison.</summary>
public sealed class ComparisonParts : IComparisonParts
{
    private readonly ILookup<string, QuestionCell> _questionCells;
    private readonly ILookup<string, TopicCell> _topicCells;
    private readonly CommitmentLedger? _ledger;
    private readonly ILookup<string?, LedgerItem> _items;
    private readonly ILookup<string?, LedgerItem> _rejected;

    private ComparisonParts(CampaignComparison comparison)
    {
        _questionCells = comparison.QuestionCells.OrEmpty().ToLookup(c => c.Company, StringComparer.Ordinal);
        _topicCells = comparison.TopicCells.OrEmpty().ToLookup(c => c.Company, StringComparer.Ordinal);
        _ledger = comparison.Commitments;
        _items = (_ledger?.Items).GetValueOrDefault().OrEmpty().ToLookup(i => i.Company, StringComparer.Ordinal);
        _rejected = (_ledger?.Rejected).GetValueOrDefault().OrEmpty().ToLookup(i => i.Company, StringComparer.Ordinal);
        Outline = comparison with { QuestionCells = [], TopicCells = [], Commitments = _ledger is null ? null : _ledger with { Items = [], Rejected = [] } };
    }

    public CampaignComparison Outline { get; }

    public static ComparisonParts Of(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new ComparisonParts(comparison);
    }

    public CompanyPart Read(CompanyEntry company) =>
        new([.. _questionCells[company.Name]], [.. _topicCells[company.Name]]) { Commitments = LedgerOf(company.Name) };

    public CommitmentLedger? Undetermined() => LedgerOf(null);

    public IReadOnlyList<string?> LedgerCompanies() => [.. _items.Select(g => g.Key)];

    private CommitmentLedger? LedgerOf(string? company) => _ledger is null ? null : _ledger with
    {
        Items = [.. _items[company]],
        Rejected = [.. _rejected[company]],
    };
}
