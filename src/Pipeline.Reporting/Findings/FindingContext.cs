using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Findings;

/// <summary>What every rule needs: the whole comparison as a view, and who the respondents are.</summary>
public sealed class FindingContext
{
    public FindingContext(CampaignComparison comparison)
    {
        View = ComparisonSelector.Select(comparison);
        Respondents = [.. View.Companies.Where(c => c.IsRespondent())];
    }

    public ComparisonView View { get; }

    /// <summary>Companies whose answers are compared: those that replied without refusing outright, listed or not.</summary>
    public ImmutableArray<CompanyEntry> Respondents { get; }

    /// <summary>The respondents whose cell for <paramref name="question"/> has <paramref name="status"/>.</summary>
    public ImmutableArray<CompanyEntry> RespondentsWith(Question question, AnswerStatus status) =>
        [.. Respondents.Where(c => View.Cell(c, question).Status == status)];

    /// <summary>Each question (in order) with the respondents whose cell has <paramref name="status"/>; questions with none are left out.</summary>
    public IEnumerable<(Question Question, ImmutableArray<CompanyEntry> Companies)> QuestionsWith(AnswerStatus status) =>
        View.Questions.Select(q => (q, RespondentsWith(q, status))).Where(x => !x.Item2.IsEmpty);

    /// <summary>The respondents with the most questions of <paramref name="status"/>, and that number; empty when none has any.</summary>
    public (int Count, ImmutableArray<CompanyEntry> Companies) Leaders(AnswerStatus status)
    {
        var counts = Respondents.Select(c => (Company: c, Count: View.Questions.Count(q => View.Cell(c, q).Status == status))).ToList();
        var max = counts.Count == 0 ? 0 : counts.Max(x => x.Count);
        return max == 0 ? (0, []) : (max, [.. counts.Where(x => x.Count == max).Select(x => x.Company)]);
    }

    /// <summary>"1a (Products and clients)", or the id alone when the question has no short title.</summary>
    public static string Name(Question question) =>
        question.ShortTitle is { } title ? $"{question.Id} ({title})" : question.Id.Value;

    public static ImmutableArray<string> Names(IEnumerable<CompanyEntry> companies) => [.. companies.Select(c => c.Name)];
}
