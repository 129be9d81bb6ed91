using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void Table_QuestionAnswerRows_EachRowAnswersItsQuestion()
    {
        var document = Reply.New()
            .Para("Please find our answers below.")
            .Row(0, 0, "Question", "Answer")
            .Row(0, 1, Questionnaire.Text("1a"), "We supply ID-document readers to two ministries.")
            .Row(0, 2, Questionnaire.Text("2d"), "Yes, an independent hotline.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("We supply ID-document"));
        Assert.Equal("2d", reply.QuestionsOf("Yes, an independent"));
        Assert.Equal(SegmentMethod.Table, reply.SegmentOf("Yes, an independent").Method);
        Assert.Equal("general", reply.QuestionsOf("Question"));
    }

    [Fact]
    public void Table_OnlyQuestionNumbers_EachRowAnswersItsQuestion()
    {
        var document = Reply.New()
            .Row(0, 0, "1a", "Drones for maritime patrol.")
            .Row(0, 1, "Q2b", "No consultations so far.")
            .Row(0, 2, "3", "No plans to stop.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("Drones"));
        Assert.Equal("2b", reply.QuestionsOf("No consultations"));
        Assert.Equal("3", reply.QuestionsOf("No plans"));
    }

    [Fact]
    public void Table_QuestionsAcrossTheFirstRow_IsReadColumnByColumn()
    {
        var document = Reply.New()
            .Row(0, 0, "2d", "2e")
            .Row(0, 1, "A hotline run by a third party.", "Our policy follows the UNGPs.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2d", reply.QuestionsOf("A hotline"));
        Assert.Equal("2e", reply.QuestionsOf("Our policy"));
    }

    [Fact]
    public void Table_QuestionRowThenAnswerRows_AnswerRowsFollowTheirQuestion()
    {
        var document = Reply.New()
            .Row(0, 0, "Question 2(a): " + Questionnaire.Text("2a"))
            .Row(0, 1, "We screen every end user.")
            .Row(0, 2, "Question 2(b)")
            .Row(0, 3, "We have met UNHCR twice.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("2a", reply.QuestionsOf("We screen"));
        Assert.Equal("2b", reply.QuestionsOf("We have met"));
    }
}
