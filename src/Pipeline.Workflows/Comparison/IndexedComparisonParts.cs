using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Commitments;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Comparison;

/// <summary>
/// A campaign's comparison read from the index one company at a time: the company's replies are looked up by document
/// id, their segments read once, its row built as <see cref="ComparisonBuilder"/> builds it, and its part of the
/// commitments ledger derived by <see cref="LedgerBuilder"/>; nothing of it is kept after the call. What
/// <c>compare</c> and <c>report</c> render, so that their memory is bounded by the largest company rather than by the
/// number of replies (issue 17). The outputs are those of the whole comparison built at once.
/// </summary>
/// <remarks>
/// The index must stay open while the parts are read. One ledger difference from building it whole: a statement
/// correction is matched within the company whose reply it names, so a reply file name shared by two companies no
/// longer makes it ambiguous (the whole ledger would list it as unapplied).
/// </remarks>
public sealed class IndexedComparisonParts : IComparisonParts
{
    private readonly Campaign _campaign;
    private readonly Func<IReadOnlyList<string>, IReadOnlyList<IndexedSegment>> _readDocuments;
    private readonly ILookup<string?, string> _documents;
    private readonly CorrectionSet _corrections;
    private readonly IReadOnlyList<FollowUp>? _followUps;
    private readonly Func<AnswerExcerpt, AnswerExcerpt>? _mark;
    private readonly Lazy<Dictionary<string, string>> _versions;

    /// <param name="index">The index, open for as long as the parts are read.</param>
    /// <param name="campaign">The campaign.</param>
    /// <param name="options">With the ledger or not, reuse marks, the time stamped.</param>
    public IndexedComparisonParts(SegmentIndex index, Campaign campaign, IndexedComparisonOptions? options = null)
        : this(index, campaign, options ?? IndexedComparisonOptions.Default, ids => index.ReadSegments(campaign.Id, ids))
    {
    }

    /// <summary>The same, reading a company's replies' segments through <paramref name="readDocuments"/> (given their document ids).</summary>
    internal IndexedComparisonParts(SegmentIndex index, Campaign campaign, IndexedComparisonOptions options, Func<IReadOnlyList<string>, IReadOnlyList<IndexedSegment>> readDocuments)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(campaign);
        _campaign = campaign;
        _readDocuments = readDocuments;
        var documents = index.ListDocuments(campaign.Id);
        var failures = index.ListFailures(campaign.Id);
        var corrections = CorrectionStore.Load(index.Path, campaign.Id);
        _corrections = new CorrectionSet(campaign, [.. corrections]);
        _documents = documents.Select(d => (Company: d.Company is null ? null : ComparisonBuilder.CanonicalName(campaign, d.Company), d.DocumentId))
            .Distinct()
            .ToLookup(d => d.Company, d => d.DocumentId, StringComparer.Ordinal);
        // Only a server comparing snapshots asks for versions: compare and report at scale do not hold them.
        _versions = new(() => Versions(index.ListDocuments(campaign.Id), campaign));
        _followUps = options.Ledger ? FollowUpFile.Read(FollowUpFile.For(index.Path, campaign)) : null;
        _mark = options.ReuseMarks ? Archive.ReuseMarks.Marker(campaign.Id, index.Path) : null;
        Outline = new CampaignComparison(campaign, ComparisonBuilder.Companies(campaign, documents, failures), [], [])
        {
            GeneratedAt = options.GeneratedAt ?? DateTimeOffset.UtcNow,
            UnattributedUnread = [.. failures.Where(f => f.Company is null).Select(f => new UnreadReply(f.FileName, f.Code, f.Reason))],
            Commitments = options.Ledger ? new CommitmentLedger(campaign.Id, []) { Classifier = StatementExtractors.SharedClassifier } : null,
        };
    }

    public CampaignComparison Outline { get; }

    public CompanyPart Read(CompanyEntry company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var segments = Segments(company.Name);
        var (questions, topics) = ComparisonBuilder.Cells(_campaign, company, segments, _corrections);
        if (_mark is { } mark)
        {
            questions = [.. questions.Select(c => c.Answers.IsDefaultOrEmpty ? c : c with { Answers = [.. c.Answers.Select(mark)] })];
        }

        return new CompanyPart(questions, topics) { Commitments = Ledger(segments) };
    }

    /// <summary>
    /// What the company's part is read from: its replies as indexed (id, time of indexing, file) and those that could not
    /// be read. Equal in two snapshots of one index for the same campaign files, the company's part is the same in both.
    /// </summary>
    public string Version(CompanyEntry company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return _versions.Value.GetValueOrDefault(company.Name, string.Empty) + "#" + string.Join("|", (company.UnreadReplies.IsDefault ? [] : company.UnreadReplies).Select(u => $"{u.File}:{u.Code}:{u.Reason}"));
    }

    private static Dictionary<string, string> Versions(IEnumerable<IndexedDocument> documents, Campaign campaign) =>
        documents.Where(d => d.Company is not null)
            .GroupBy(d => ComparisonBuilder.CanonicalName(campaign, d.Company!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("|", g.OrderBy(d => d.DocumentId, StringComparer.Ordinal).Select(d => $"{d.DocumentId}@{d.IngestedAt.UtcTicks}@{d.SourcePath}")), StringComparer.Ordinal);

    public CommitmentLedger? Undetermined() => _followUps is null ? null : Ledger(Segments(null));

    /// <summary>The order <see cref="LedgerBuilder"/> sorts a whole ledger in: the campaign's companies, the undetermined one, then the unlisted ones.</summary>
    public IReadOnlyList<string?> LedgerCompanies() => [.. LedgerOrder.Of(Outline)];

    private CommitmentLedger? Ledger(List<IndexedSegment> segments) =>
        _followUps is null ? null : LedgerBuilder.Build(_campaign, segments, _followUps, corrections: _corrections.All);

    /// <summary>
    /// The company's segments (null: those of replies whose company is undetermined), each reply read once, in the order
    /// <see cref="SegmentIndex.ReadSegments(string)"/> gives the campaign's.
    /// </summary>
    private List<IndexedSegment> Segments(string? company) =>
        [.. _readDocuments([.. _documents[company]])
            .Where(s => (s.Company is null ? null : ComparisonBuilder.CanonicalName(_campaign, s.Company)) == company)
            .OrderBy(s => s.Company ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.FileName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.DocumentId, StringComparer.Ordinal)
            .ThenBy(s => s.Ordinal)];
}
