using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

/// <summary>Reused passages (issue 16) marked on the answers of the report: a badge saying where the text also appears.</summary>
public sealed class ReuseRenderingTests
{
    [Fact]
    public void Report_AnswerWithACopiedParagraph_HasABadgeNamingTheSource()
    {
        // Given the fixture with its first answer's text also found in another company's 2022 reply
        var comparison = ComparisonFixture.Comparison;
        var cell = comparison.QuestionCells.First(c => !c.Answers.IsDefaultOrEmpty);
        var answer = cell.Answers[0];
        var elsewhere = new ReusedText("Northwind Border Systems", "Northwind Border Systems - reply.pdf", answer.Text, "demo", []);
        var marked = answer with { Reused = [new ReuseMark(ReuseKind.CrossCompany, answer.Text, elsewhere, 0.9)] };
        var variant = comparison with { QuestionCells = comparison.QuestionCells.Replace(cell, cell with { Answers = cell.Answers.SetItem(0, marked) }) };

        // When
        var html = Rendered.Report(variant);
        var plain = Rendered.Report();

        // Then a badge wherever the report shows that answer, and none without the mark
        Assert.Contains("<strong class=\"reused\">reused</strong> also in Northwind Border Systems (reply to demo)</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"reused\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TextInManyCompaniesReplies_SaysHowManyBesideThePlacesListed()
    {
        // Given an answer whose text 312 companies sent, marked with the two earliest of them
        var comparison = ComparisonFixture.Comparison;
        var cell = comparison.QuestionCells.First(c => !c.Answers.IsDefaultOrEmpty);
        var answer = cell.Answers[0];
        ReuseMark Mark(string company) => new(ReuseKind.CrossCompany, answer.Text, new ReusedText(company, company + " - reply.pdf", answer.Text, "demo", []), 0.9, 312);
        var marked = answer with { Reused = [Mark("Northwind Border Systems"), Mark("Meridian Gate Technologies")] };
        var variant = comparison with { QuestionCells = comparison.QuestionCells.Replace(cell, cell with { Answers = cell.Answers.SetItem(0, marked) }) };

        // When
        var html = Rendered.Report(variant);

        // Then
        Assert.Contains("also in Northwind Border Systems (reply to demo); also in Meridian Gate Technologies (reply to demo); in the replies of 312 companies in all</p>", html, StringComparison.Ordinal);
    }
}
