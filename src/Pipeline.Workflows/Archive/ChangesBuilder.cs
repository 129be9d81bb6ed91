using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Search.Reading;
using Pipeline.TextReuse;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// What changed between two campaigns of an archive: for every company of the later campaign (one entity across both
/// through the company registry; one the earlier campaign did not approach has only new answers) and every question of
/// the later campaign, the status before and after and the answer's paragraphs
/// aligned (<see cref="ParagraphAlignment"/>), and the commitments, claims and refusals its ledger has new or dropped
/// (<see cref="StatementDiff"/>). A question is compared with the earlier question it names
/// (<c>same_as:</c>); without one, with the earlier questions of its topic that no later question repeats.
/// </summary>
public static class ChangesBuilder
{
    /// <param name="archive">The index and its campaigns.</param>
    /// <param name="from">The earlier campaign.</param>
    /// <param name="to">The later campaign.</param>
    /// <param name="company">Only this company (as <see cref="ArchiveCompany.Resolve"/> found it); all when null.</param>
    public static CampaignChanges Build(ArchiveIndex archive, Campaign from, Campaign to, ArchiveCompany? company = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        using var index = SegmentIndex.Open(archive.Path);
        var before = ComparisonBuilder.Build(index, from);
        var after = ComparisonBuilder.Build(index, to);
        var pairs = QuestionPairs(from, to);
        var words = new CompanyWords([from, to]);
        var changes = ImmutableArray.CreateBuilder<QuestionChange>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var newCompanies = ImmutableArray.CreateBuilder<string>();
        foreach (var later in to.Companies)
        {
            // A company the earlier campaign did not approach has only new answers.
            var who = ArchiveCompany.Resolve([from, to], later.Name, out _);
            var earlierName = who is not null && who.NamesByCampaign.TryGetValue(from.Id, out var n) ? n : null;
            if (company is not null && !company.NamesByCampaign.Values.Contains(later.Name, StringComparer.Ordinal))
            {
                continue;
            }

            if (earlierName is not null)
            {
                matched.Add(earlierName);
            }
            else
            {
                newCompanies.Add(later.Name);
            }

            foreach (var (question, matchedBy, earlier) in pairs)
            {
                var now = after.Cell(later.Name, question.Id);
                var then = earlierName is null ? [] : earlier.Select(q => before.Cell(earlierName, q)).OfType<QuestionCell>().ToArray();
                var status = then.Length == 0 ? (AnswerStatus?)null : Combined(then.Select(c => c.Status));
                var (thenText, nowText) = (Paragraphs(then, words), Paragraphs(now is null ? [] : [now], words));
                changes.Add(new QuestionChange(
                    who?.Name ?? later.Name,
                    question.Id,
                    question.Topic,
                    matchedBy,
                    earlier,
                    status,
                    now?.Status ?? AnswerStatus.NotAddressed,
                    ParagraphAlignment.Align(thenText, nowText))
                {
                    Statements = StatementDiff.Between(
                        earlierName is null ? [] : Ledger(before, earlierName, earlier),
                        string.Join("\n\n", thenText),
                        Ledger(after, later.Name, [question.Id]),
                        string.Join("\n\n", nowText)),
                });
            }
        }

        return new CampaignChanges(from.Id, to.Id, changes.ToImmutable())
        {
            NewCompanies = newCompanies.ToImmutable(),
            DroppedCompanies = [.. from.Companies.Select(c => c.Name).Where(n => !matched.Contains(n) && company is null)],
        };
    }

    /// <summary>Each later question with how it was matched and the earlier question(s) it is compared with.</summary>
    internal static IReadOnlyList<(Question Question, MatchedBy MatchedBy, ImmutableArray<QuestionId> Earlier)> QuestionPairs(Campaign from, Campaign to)
    {
        var repeated = to.Questions
            .Where(q => q.SameAs is { } link && link.CampaignId == from.Id && from.FindQuestion(link.Question) is not null)
            .Select(q => q.SameAs!.Value.Question)
            .ToHashSet();
        return [.. to.Questions.Select(q =>
        {
            if (q.SameAs is { } link && link.CampaignId == from.Id && from.FindQuestion(link.Question) is not null)
            {
                return (q, MatchedBy.SameAs, ImmutableArray.Create(link.Question));
            }

            ImmutableArray<QuestionId> byTopic = [.. from.Questions.Where(e => e.Topic == q.Topic && !repeated.Contains(e.Id)).Select(e => e.Id)];
            return byTopic.IsEmpty ? (q, MatchedBy.NewQuestion, byTopic) : (q, MatchedBy.Topic, byTopic);
        })];
    }

    /// <summary>The ledger items of a company's answers to some questions (an item of a joint answer counts for each).</summary>
    private static List<LedgerItem> Ledger(CampaignComparison comparison, string company, ImmutableArray<QuestionId> questions) =>
        comparison.Commitments is not { } ledger
            ? []
            : [.. ledger.Of(company).Where(i => i.Questions.Any(questions.Contains))];

    // Several earlier questions on one topic: the most forthcoming status stands for them (answered over partial …).
    private static AnswerStatus Combined(IEnumerable<AnswerStatus> statuses) => statuses.Min();

    /// <summary>The answers' paragraphs in the company's words (<see cref="CompanyWords"/>), each once even when one segment answered two of the questions.</summary>
    private static List<string> Paragraphs(IEnumerable<QuestionCell> cells, CompanyWords words) =>
        [.. cells.SelectMany(c => c.Answers.IsDefault ? [] : c.Answers)
            .DistinctBy(a => (a.DocumentId, a.Text))
            .SelectMany(a => words.Of(a.Text))];
}
