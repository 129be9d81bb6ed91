using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Status;

public sealed class AnswerMatrixBuilderTests
{
    [Fact]
    public void Matrix_CoversEveryCompanyAndQuestion_IncludingNonRespondersAndUnlisted()
    {
        // Given replies from Aldercrest (answers 2d), Brightwater under its alias BDE (answers 1a),
        // an unlisted subsidiary, and one reply whose company is unknown
        var replies = new[]
        {
            Reply("Aldercrest", Answer("2d", P(WordsOf(30), Topic.GrievanceMechanism))),
            Reply("BDE", Answer("1a", P(WordsOf(30), Topic.ProductsAndClients))),
            Reply("Zephyr Optics", Answer("3", P(WordsOf(30), Topic.ExitAndRestrictions))),
            Reply("Aldercrest", General(P(WordsOf(30), Topic.Other))) with { Company = Pipeline.Core.Segments.CompanyAttribution.Unknown },
        };

        // When building the matrix
        var matrix = AnswerMatrixBuilder.Build(Mena, replies);

        // Then rows are the campaign's companies then the unlisted one, 9 questions each
        Assert.Equal(["Aldercrest", "Brightwater", "Tarrow", "Zephyr Optics"], matrix.Companies.ToArray());
        Assert.Equal(36, matrix.Cells.Length);
        Assert.Equal(1, matrix.UnattributedReplies);
        Assert.Equal(AnswerStatus.Answered, matrix.Status("Aldercrest", QuestionId.Parse("2d")));
        Assert.Equal(AnswerStatus.NotAddressed, matrix.Status("Aldercrest", QuestionId.Parse("1a")));
        Assert.Equal(AnswerStatus.Answered, matrix.Status("brightwater", QuestionId.Parse("1a")));
        Assert.Equal(AnswerStatus.Declined, matrix.Status("Tarrow", QuestionId.Parse("1a")));
        Assert.Equal(AnswerStatus.Answered, matrix.Status("Zephyr Optics", QuestionId.Parse("3")));
        Assert.Equal(8 + 8 + 9 + 8, matrix.Counts.Where(c => c.Key != AnswerStatus.Answered).Sum(c => c.Value));
    }

    [Fact]
    public void CompanyWithoutReply_IsNoResponseForEveryQuestion()
    {
        // Given no replies at all
        // When building the matrix
        var matrix = AnswerMatrixBuilder.Build(Mena, []);

        // Then Brightwater (no response) is no_response on all 9, Tarrow (declined) declined on all 9
        Assert.Equal(9, matrix.Cells.Count(c => c.Company == "Brightwater" && c.Status == AnswerStatus.NoResponse));
        Assert.Equal(9, matrix.Cells.Count(c => c.Company == "Tarrow" && c.Status == AnswerStatus.Declined));
    }
}
