using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void Restated_VerbatimQuestionInBold_StartsItsAnswer()
    {
        var question = Questionnaire.Text("2b");
        var document = Reply.New()
            .Para("Thank you for your letter.")
            .Para(question, runIn: question)
            .Para("We hold quarterly meetings with refugee-led organisations.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2b", reply.QuestionsOf("We hold quarterly"));
        Assert.Equal(SegmentMethod.Restated, reply.SegmentOf("We hold quarterly").Method);
        Assert.Equal("general", reply.QuestionsOf("Thank you"));
    }

    [Theory]
    [InlineData("Grievance mechanism", "2d")]
    [InlineData("Consultations with affected communities", "2b")]
    [InlineData("Human rights policy and internal processes", "2e")]
    [InlineData("Willingness to share updated lists", "1c")]
    [InlineData("Plans to stop sales to countries with a track record of violations", "3")]
    public void Restated_ShortenedQuestionAsHeading_StartsItsAnswer(string heading, string expected)
    {
        var document = Reply.New()
            .Heading(heading)
            .Para("Our answer follows in this paragraph.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal(expected, reply.QuestionsOf("Our answer follows"));
    }

    [Fact]
    public void Restated_QuestionSentenceThenAnswerInOneParagraph_IsRecognised()
    {
        var document = Reply.New()
            .Para("Does our company have a grievance mechanism in place for people to raise concerns? Yes: our speak-up line is open to anyone.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2d", reply.QuestionsOf("Does our company"));
    }

    [Fact]
    public void Restated_PlainAnswerProse_IsNotTakenForAQuestion()
    {
        // Given prose that uses the questionnaire's words but asks nothing
        var document = Reply.New()
            .Para("We carry out due diligence to identify and mitigate human rights risks before supplying governments.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("general", reply.QuestionsOf("We carry out"));
        Assert.Equal(SegmentMethod.None, reply.SegmentOf("We carry out").Method);
    }
}
