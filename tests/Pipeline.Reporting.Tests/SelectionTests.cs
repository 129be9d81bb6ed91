using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;

namespace Pipeline.Reporting.Tests;

public sealed class SelectionTests
{
    [Fact]
    public void Default_ListsApproachedCompaniesThenUnlistedOnes_AndEveryQuestion()
    {
        // Given the fixture, whose unlisted reply sits in the middle of the comparison's company list
        // When
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison);

        // Then
        Assert.Equal(ExpectedMatrix.Companies, view.Companies.Select(c => c.Name));
        Assert.Equal(ExpectedMatrix.Questions, view.Questions.Select(q => q.Id.Value));
        Assert.Equal(12, view.Topics.Length);
        Assert.Equal(CompareBy.Question, view.By);
    }

    [Fact]
    public void Subsets_KeepTheGivenOrder_AndMatchCompaniesByAlias()
    {
        // Given
        var options = CompareOptions.Default with
        {
            Questions = [QuestionId.Parse("2d"), QuestionId.Parse("2A")],
            Companies = ["irisgate", "Aquila", "Castellan Border Services"],
        };

        // When
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison, options);

        // Then
        Assert.Equal(["2d", "2a"], view.Questions.Select(q => q.Id.Value));
        Assert.Equal(["Iris Gate Biometrics", "Aquila Aerospace", "Castellan Border Services"], view.Companies.Select(c => c.Name));
    }

    [Fact]
    public void UnknownQuestionOrCompany_IsReported_AndSelectRefusesIt()
    {
        // Given
        var options = CompareOptions.Default with { Questions = [QuestionId.Parse("9z")], Companies = ["Acme"] };

        // When
        var problems = ComparisonSelector.Validate(ComparisonFixture.Comparison, options);
        var error = Assert.Throws<PipelineException>(() => ComparisonSelector.Select(ComparisonFixture.Comparison, options));

        // Then
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("unknown question '9z' (the campaign has 1a, 1b, 1c", problems[0]);
        Assert.StartsWith("unknown company 'Acme'", problems[1]);
        Assert.Equal(ErrorCode.InvalidInput, error.Code);
    }

    [Fact]
    public void MissingCell_IsNoResponseForASilentCompany_AndNotAddressedForOneThatReplied()
    {
        // Given a comparison without Huadian's cells (never had any) and without Aquila's 2a cell
        var source = ComparisonFixture.Comparison;
        var comparison = source with { QuestionCells = [.. source.QuestionCells.Where(c => !(c.Company == "Aquila Aerospace" && c.Question.Value == "2a"))] };
        var view = ComparisonSelector.Select(comparison);
        var question = view.Questions.Single(q => q.Id.Value == "2a");

        // When
        var silent = view.Cell(view.Companies.Single(c => c.Name == ComparisonFixture.NoCells), question);
        var replied = view.Cell(view.Companies.Single(c => c.Name == "Aquila Aerospace"), question);

        // Then
        Assert.Equal(AnswerStatus.NoResponse, silent.Status);
        Assert.Equal(AnswerStatus.NotAddressed, replied.Status);
        Assert.Empty(replied.Answers);
    }

    [Fact]
    public void Sources_ListEachCitedDocumentOnce_WithThePagesCited()
    {
        // Given
        var view = ComparisonSelector.Select(ComparisonFixture.Comparison);

        // When
        var sources = ComparisonSource.Of(view);

        // Then
        Assert.Equal(
            ["aquila-reply.pdf", "Borealis_reply_2022.pdf", "castellan-letter.docx", "delphine-réponse.pdf", "IrisGate_Response.pdf", "castellan-border-services.pdf"],
            sources.Select(s => s.File));
        var borealis = sources.Single(s => s.Company == "Borealis Forensics");
        Assert.Equal([1, 2, 3], borealis.Pages.ToArray());
        Assert.Equal(ComparisonFixture.DocumentId("Borealis_reply_2022.pdf"), borealis.DocumentId);
        Assert.Empty(sources.Single(s => s.File == "castellan-letter.docx").Pages);
    }

    [Theory]
    [InlineData(ResponseStatus.Responded, false, true, true)]
    [InlineData(ResponseStatus.NoResponse, true, true, true)]
    [InlineData(ResponseStatus.Declined, true, true, false)]
    [InlineData(ResponseStatus.NoResponse, false, false, false)]
    public void Replied_AndRespondent_FollowStatusAndFiles(ResponseStatus status, bool hasFile, bool replied, bool respondent)
    {
        // Given a company marked no_response that still sent a file (the status list lags the replies folder)
        var company = new CompanyEntry("X", status, true, hasFile ? ["x.pdf"] : []);

        // Then
        Assert.Equal(replied, company.Replied());
        Assert.Equal(respondent, company.IsRespondent());
    }
}
