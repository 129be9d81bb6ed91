using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>
/// The rows and columns a renderer draws: the selected companies (listed ones first, non-responders included,
/// then unlisted ones), questions and topics of one comparison. Immutable and thread-safe; it indexes the cells
/// when made, so make it once per rendering (<see cref="ComparisonSelector.Select"/>). A class, not a record: a
/// <c>with</c> copy would carry the index of the old source.
/// </summary>
public sealed class ComparisonView(
    CampaignComparison source,
    CompareBy by,
    ImmutableArray<CompanyEntry> companies,
    ImmutableArray<Question> questions,
    ImmutableArray<Topic> topics,
    IComparisonParts? parts = null)
{
    // Cells are looked up company by company for every column, in every renderer and rule: index them once.
    private readonly Dictionary<(string, QuestionId), QuestionCell> _questionCells = Index(source.QuestionCells, c => (c.Company, c.Question));
    private readonly Dictionary<(string, Topic), TopicCell> _topicCells = Index(source.TopicCells, c => (c.Company, c.Topic));

    // Cells read company by company (a comparison streamed from the index), or handed out from the source in memory.
    private readonly Lazy<IComparisonParts> _parts = new(() => parts ?? ComparisonParts.Of(source));

    public CampaignComparison Source { get; } = source;

    public CompareBy By { get; } = by;

    /// <summary>The rows, in order.</summary>
    public ImmutableArray<CompanyEntry> Companies { get; } = companies;

    /// <summary>The question columns, in order.</summary>
    public ImmutableArray<Question> Questions { get; } = questions;

    /// <summary>The topic columns, in order.</summary>
    public ImmutableArray<Topic> Topics { get; } = topics;

    public Campaign Campaign => Source.Campaign;

    /// <summary>
    /// The comparison's cell; when it has none, an empty one: reply_not_indexed (with the reason) for a company whose
    /// reply is missing from the index, no_response for a company that sent no reply, not_addressed for one that did.
    /// </summary>
    public QuestionCell Cell(CompanyEntry company, Question question) =>
        _questionCells.GetValueOrDefault((company.Name, question.Id))
        ?? (company.ReplyNotIndexed && company.Status != ResponseStatus.Declined
            ? new QuestionCell(company.Name, question.Id, AnswerStatus.ReplyNotIndexed, []) { Reason = company.MissingReason }
            : new QuestionCell(company.Name, question.Id, company.Replied() ? AnswerStatus.NotAddressed : AnswerStatus.NoResponse, []));

    /// <summary>One row: the company's cells and ledger items, read from the parts (once per call: a renderer reads each row once).</summary>
    public CompanyRows Rows(CompanyEntry company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var part = _parts.Value.Read(company);
        var alone = new ComparisonView(Source with { QuestionCells = part.QuestionCells, TopicCells = part.TopicCells }, By, [company], Questions, Topics);
        return new CompanyRows(company, alone, part.Commitments);
    }

    /// <summary>The ledger's items whose company is undetermined (and those of them researchers rejected); null when the ledger is not computed.</summary>
    public Core.Commitments.CommitmentLedger? UndeterminedCommitments() => _parts.Value.Undetermined();

    /// <summary>Each ledger company's place (null: the undetermined company) in the order the ledger lists them; companies it does not list go last.</summary>
    public Func<string?, int> LedgerPlaces() => LedgerOrder.Places(_parts.Value.LedgerCompanies());

    /// <summary>The comparison's cell; when it has none, an empty one (no passage).</summary>
    public TopicCell Cell(CompanyEntry company, Topic topic) =>
        _topicCells.GetValueOrDefault((company.Name, topic)) ?? new TopicCell(company.Name, topic, 0, null);

    /// <summary>The cells by key; the first wins where the comparison repeats one, as <see cref="CampaignComparison.Cell(string, QuestionId)"/> does.</summary>
    private static Dictionary<TKey, TCell> Index<TKey, TCell>(ImmutableArray<TCell> cells, Func<TCell, TKey> key)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, TCell>();
        foreach (var cell in cells.IsDefault ? [] : cells)
        {
            index.TryAdd(key(cell), cell);
        }

        return index;
    }
}
