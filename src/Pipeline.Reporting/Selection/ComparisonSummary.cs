using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>
/// A comparison's matrices without their answers: each company's status per question (<see cref="QuestionCellSummary"/>)
/// and passage count per topic, read from <see cref="IComparisonParts"/> one company at a time. Its size grows with the
/// number of companies, not with their replies or answers, so a server can keep it to draw a page of the matrix and to
/// filter the whole campaign by status, and read the answers of the companies a page shows only (issue 17).
/// Immutable and thread-safe.
/// </summary>
public sealed class ComparisonSummary
{
    private readonly IReadOnlyDictionary<string, CompanySummary> _companies;
    private readonly Dictionary<QuestionId, int> _questions;

    private ComparisonSummary(CampaignComparison outline, IReadOnlyDictionary<string, CompanySummary> companies)
    {
        Outline = outline;
        _companies = companies;
        _questions = outline.Campaign.Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    /// <summary>The comparison without its cells (<see cref="IComparisonParts.Outline"/>).</summary>
    public CampaignComparison Outline { get; }

    /// <summary>Reads every company's part once (on as many threads as there are cores) and keeps its summary.</summary>
    public static ComparisonSummary Read(IComparisonParts parts) => Read(parts, null, _ => false);

    /// <summary>
    /// The same, keeping the rows of <paramref name="earlier"/> (a summary of the same campaign) whose company
    /// <paramref name="unchanged"/> says is as it was: only the other companies are read.
    /// </summary>
    public static ComparisonSummary Read(IComparisonParts parts, ComparisonSummary? earlier, Func<CompanyEntry, bool> unchanged)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(unchanged);
        var view = ComparisonSelector.Select(parts);
        var companies = new ConcurrentDictionary<string, CompanySummary>(StringComparer.Ordinal);
        Parallel.ForEach(view.Companies, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, company =>
        {
            if (earlier is not null && earlier._companies.TryGetValue(company.Name, out var kept) && unchanged(company))
            {
                companies[company.Name] = kept;
                return;
            }

            var rows = view.Rows(company);
            companies[company.Name] = new CompanySummary(
                [.. view.Questions.Select(q => QuestionCellSummary.Of(rows.Cell(q)))],
                [.. TopicLabels.All.Select(t => rows.Cell(t).Passages)]);
        });
        return new ComparisonSummary(parts.Outline, companies);
    }

    /// <summary>The company's row.</summary>
    public CompanySummary Of(CompanyEntry company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return _companies[company.Name];
    }

    /// <summary>The company's cell for the question, as <see cref="ComparisonView.Cell(CompanyEntry, Question)"/> gives it.</summary>
    public QuestionCellSummary Cell(CompanyEntry company, Question question)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(question);
        return Of(company).Questions[_questions[question.Id]];
    }

    /// <summary>The company's passages on the topic.</summary>
    public int Passages(CompanyEntry company, Topic topic)
    {
        ArgumentNullException.ThrowIfNull(company);
        return Of(company).Passages[TopicLabels.All.IndexOf(topic)];
    }

    /// <summary>The companies, in their order, with one of <paramref name="statuses"/> in one of <paramref name="questions"/>; all of them when no status is given.</summary>
    public ImmutableArray<CompanyEntry> WithStatus(ImmutableArray<CompanyEntry> companies, ImmutableArray<Question> questions, IReadOnlyCollection<Core.Segments.AnswerStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return statuses.Count == 0 ? companies : [.. companies.Where(c => questions.Any(q => statuses.Contains(Cell(c, q).Status)))];
    }
}
