using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;

namespace Pipeline.Reporting.Tests;

/// <summary>The matrices without their answers, read company by company (issue 17): what a server keeps to page through a large campaign.</summary>
public sealed class ComparisonSummaryTests
{
    [Fact]
    public void Read_ReadsEachCompanyOnce_AndKeepsWhatTheMatrixShows()
    {
        // Given the fixture handed out company by company, each read counted
        var parts = new CountingParts(ComparisonParts.Of(ComparisonFixture.Comparison));
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison);

        // When
        var summary = ComparisonSummary.Read(parts);

        // Then every company was read once, and every cell says what the whole comparison's cell says
        Assert.Equal(view.Companies.Select(c => c.Name).Order(), parts.Reads.Order());
        foreach (var company in view.Companies)
        {
            foreach (var question in view.Questions)
            {
                var cell = view.Cell(company, question);
                Assert.Equal(
                    (cell.Status, string.Join(",", cell.Topics), !cell.Answers.IsDefaultOrEmpty, cell.NeedsReview, cell.IsCorrected, cell.Reason),
                    ToTuple(summary.Cell(company, question)));
            }

            Assert.All(TopicLabels.All, topic => Assert.Equal(view.Cell(company, topic).Passages, summary.Passages(company, topic)));
        }
    }

    [Fact]
    public void Read_OfAComparisonWithAnswers_KeepsNoAnswer()
    {
        // Given the fixture's answers (its longest is hundreds of characters)
        var longest = ComparisonFixture.Comparison.QuestionCells.SelectMany(c => c.Answers).Max(a => a.Text.Length);
        Assert.True(longest > 100);

        // When
        var summary = ComparisonSummary.Read(ComparisonParts.Of(ComparisonFixture.Comparison));

        // Then nothing the summary holds per company is an answer, a cell or a ledger item: its size does not grow with what the replies say
        Type[] kept = [typeof(CompanySummary), typeof(QuestionCellSummary)];
        Type[] answers = [typeof(AnswerExcerpt), typeof(QuestionCell), typeof(TopicCell), typeof(LedgerItem)];
        var fields = kept.SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.DoesNotContain(answers, a => Holds(f.FieldType, a)));
        Assert.Null(summary.Outline.QuestionCells.FirstOrDefault());
    }

    [Fact]
    public void Read_WithAnEarlierSummary_ReadsOnlyTheCompaniesThatChanged()
    {
        // Given a summary read before, and the same comparison handed out again, each read counted
        var earlier = ComparisonSummary.Read(ComparisonParts.Of(ComparisonFixture.Comparison));
        var parts = new CountingParts(ComparisonParts.Of(ComparisonFixture.Comparison));
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison);
        var changed = view.Companies[1];

        // When only the second company is said to have changed
        var summary = ComparisonSummary.Read(parts, earlier, c => c.Name != changed.Name);

        // Then it alone was read; the others' rows are the earlier ones, and every cell still says what the comparison says
        Assert.Equal([changed.Name], parts.Reads);
        Assert.All(view.Companies.Where(c => c.Name != changed.Name), c => Assert.Same(earlier.Of(c), summary.Of(c)));
        Assert.NotSame(earlier.Of(changed), summary.Of(changed));
        Assert.All(view.Questions, q => Assert.Equal(view.Cell(changed, q).Status, summary.Cell(changed, q).Status));
    }

    [Fact]
    public void WithStatus_KeepsCompaniesWithTheStatusInOneOfTheQuestions_InTheirOrder()
    {
        // Given
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison);
        var summary = ComparisonSummary.Read(ComparisonParts.Of(ComparisonFixture.Comparison));

        // When
        var declined = summary.WithStatus(view.Companies, view.Questions, [AnswerStatus.Declined]);
        var none = summary.WithStatus(view.Companies, view.Questions, []);

        // Then exactly the companies with a declined cell, and every company when no status is asked for
        var expected = view.Companies.Where(c => view.Questions.Any(q => view.Cell(c, q).Status == AnswerStatus.Declined)).Select(c => c.Name).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < view.Companies.Length);
        Assert.Equal(expected, declined.Select(c => c.Name));
        Assert.Equal(view.Companies, none);
    }

    private static (AnswerStatus, string, bool, bool, bool, string?) ToTuple(QuestionCellSummary cell) =>
        (cell.Status, string.Join(",", cell.Topics), cell.HasAnswers, cell.NeedsReview, cell.IsCorrected, cell.Reason);

    private static bool Holds(Type field, Type answer) =>
        field == answer || (field.IsGenericType && field.GetGenericArguments().Any(a => Holds(a, answer))) || (field.IsArray && Holds(field.GetElementType()!, answer))
        || (field != typeof(string) && typeof(IEnumerable).IsAssignableFrom(field) && field.GetInterfaces().Where(i => i.IsGenericType).SelectMany(i => i.GetGenericArguments()).Any(a => a == answer));

    /// <summary>Parts that count the companies read.</summary>
    private sealed class CountingParts(IComparisonParts inner) : IComparisonParts
    {
        public ConcurrentBag<string> Reads { get; } = [];

        public CampaignComparison Outline => inner.Outline;

        public CompanyPart Read(CompanyEntry company)
        {
            Reads.Add(company.Name);
            return inner.Read(company);
        }

        public CommitmentLedger? Undetermined() => inner.Undetermined();

        public IReadOnlyList<string?> LedgerCompanies() => inner.LedgerCompanies();
    }
}
