using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Theory]
    [InlineData("1 July 2022 marked the start of our new screening process.")]
    [InlineData("12.07.2022 is the date of our last audit.")]
    [InlineData("ISO 27001 certification covers our data centres.")]
    [InlineData("Article 3 of our code forbids such uses.")]
    [InlineData("2.1 of our policy sets out the approval steps.")]
    [InlineData("3 systems were delivered in total.")]
    [InlineData("2022 was a year of change for our export team.")]
    [InlineData("As for 3 of our clients, the contracts have ended.")]
    [InlineData("Q3 2022 results show lower sales.")]
    public void FalseMarker_InsideAnAnswer_DoesNotStartANewQuestion(string paragraph)
    {
        // Given an answer to 2a followed by a paragraph that looks like, but is not, a marker
        var document = Reply.New()
            .Para("2a) We carry out due diligence before each contract.")
            .Para(paragraph)
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the paragraph stays in the answer to 2a
        Assert.Equal("2a", reply.QuestionsOf(paragraph[..8]));
    }

    [Fact]
    public void FalseMarker_NumberedListInsideAnAnswer_StaysInThatAnswer()
    {
        // Given the answer to 2c lists its actions 1., 2., 3. (the "3." must not become question 3)
        var document = Reply.New()
            .Para("2c) We take three further actions:")
            .Para("1. Contract clauses forbid use against migrants.")
            .Para("2. Operators are trained on privacy.")
            .Para("3. We audit deployments every year.")
            .Para("2d) Our whistle-blowing line is open to all.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2c", reply.QuestionsOf("1. Contract"));
        Assert.Equal("2c", reply.QuestionsOf("2. Operators"));
        Assert.Equal("2c", reply.QuestionsOf("3. We audit"));
        Assert.Equal("2d", reply.QuestionsOf("2d) Our"));
    }

    [Fact]
    public void FalseMarker_AutoNumberedListInsideAnAnswer_StaysInThatAnswer()
    {
        var document = Reply.New()
            .Para("Question 2(c): We take these steps.")
            .Item("1.", "End-user certificates.")
            .Item("2.", "Training.")
            .Item("3.", "Annual audits.")
            .Para("Question 3: We have no plans to stop.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2c", reply.QuestionsOf("1. End-user"));
        Assert.Equal("2c", reply.QuestionsOf("3. Annual"));
        Assert.Equal("3", reply.QuestionsOf("Question 3:"));
    }

    [Fact]
    public void FalseMarker_LetteredListInsideAnAnswer_StaysInThatAnswer()
    {
        var document = Reply.New()
            .Para("2b) We consult:")
            .Para("a) local NGOs;")
            .Para("b) UNHCR;")
            .Para("2c) We also audit our partners.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2b", reply.QuestionsOf("a) local"));
        Assert.Equal("2b", reply.QuestionsOf("b) UNHCR"));
        Assert.Equal("2c", reply.QuestionsOf("2c) We also"));
    }
}
