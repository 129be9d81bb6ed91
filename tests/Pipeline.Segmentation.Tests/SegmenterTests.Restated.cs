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
    public void Restated_QuestionAskedAndAnsweredInProse_LeavesTheNextParagraphsToRouting()
    {
        // Given a prose letter where one paragraph asks a question of the questionnaire and answers it at once
        var document = Reply.New()
            .Para("Thank you for your letter.")
            .Para("Do we have a grievance mechanism for people to raise complaints? Yes, a hotline run by an outside firm.")
            .Para("Our sales to the region all hold export licences from the federal office.")
            .Para("We would be happy to send you an update every year.")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then that paragraph answers its question, and the paragraphs after it are not taken as more of that answer
        Assert.Equal("2d", reply.QuestionsOf("Do we have"));
        Assert.Equal("general", reply.QuestionsOf("Our sales to the region"));
        Assert.Equal("general", reply.QuestionsOf("We would be happy"));
    }

    [Fact]
    public void Restated_QuestionWithASecondAskingSentence_IsTheQuestion_AndKeepsItsAnswer()
    {
        // Given a question restated whole, its "If so, please specify …" included, then the answer in the next paragraph
        var document = Reply.New()
            .Para("Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries.")
            .Para("Yes. We supply document readers to the border police of Morocco.")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then the paragraph after it is its answer, and the restated question is structure, not answer text
        Assert.Equal("1a", reply.QuestionsOf("Yes. We supply"));
        Assert.Equal(PassageRole.Question, reply.SegmentOf("Yes. We supply").Passages[0].Role);
    }

    [Fact]
    public void Restated_QuestionOnALineOfItsOwn_KeepsTheParagraphsAfterIt()
    {
        // Given a question restated as a paragraph of its own, then two paragraphs of answer
        var document = Reply.New()
            .Para("Do you have a grievance mechanism in place for people to raise concerns or complaints?")
            .Para("Yes, a hotline run by an outside firm.")
            .Para("It is open to anyone, in Arabic, English and French.")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then both paragraphs answer it
        Assert.Equal("2d", reply.QuestionsOf("Yes, a hotline"));
        Assert.Equal("2d", reply.QuestionsOf("It is open to anyone"));
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
