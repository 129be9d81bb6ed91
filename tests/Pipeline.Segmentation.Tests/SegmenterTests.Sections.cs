using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void Heading_ThatNamesNoQuestion_EndsTheAnswerOfAHeadingStructuredLetter()
    {
        // Given a letter structured by headings: one restates 2d, the next ("Looking ahead") names no question
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Heading("Grievance mechanism")
            .Para("Anyone can raise a concern through our ethics line, anonymously if they wish.")
            .Heading("Looking ahead")
            .Para("We have no plans to withdraw from the region, but we review each market every year.")
            .Para("Yours sincerely,")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the second section is its own general segment, left to routing, and the sign-off stays apart
        Assert.Equal("2d", reply.QuestionsOf("Anyone can raise"));
        Assert.Equal("general", reply.QuestionsOf("We have no plans"));
        Assert.Equal(SegmentMethod.Section, reply.SegmentOf("Looking ahead").Method);
        Assert.Equal(SegmentMethod.None, reply.SegmentOf("Yours sincerely").Method);
    }

    [Fact]
    public void AnnexHeading_EndsTheAnswers_AndOpensAnAnnexSegment()
    {
        // Given an answer to 3, then an enclosed policy extract
        var document = Reply.New()
            .Para("3. We have no plans to stop sales to the region.")
            .Para("Annex 2 – Extract from our Sustainability Report 2021")
            .Para("Every proposed sale to a government end user is screened by our export control board.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the extract is not part of the answer to 3
        Assert.Equal("3", reply.QuestionsOf("3. We have"));
        Assert.Equal("general", reply.QuestionsOf("Every proposed sale"));
        Assert.Equal(SegmentMethod.Annex, reply.SegmentOf("Annex 2").Method);
    }

    [Fact]
    public void NumberedClauses_BeyondTheQuestionnaire_AreAListNotQuestionNumbers()
    {
        // Given a policy extract numbered 1 to 4 under a questionnaire whose top-level numbers stop at 3
        var document = Reply.New()
            .Para("Please find our policy below.")
            .Para("1. Principle. We respect internationally recognised human rights.")
            .Para("2. Scope. This policy applies to all subsidiaries.")
            .Para("3. Risk analysis. Before any sale to a state authority we assess the risks.")
            .Para("4. Distributors. Distributors are bound by contract to export rules.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then none of the clauses starts the answer to question 1, 2 or 3
        Assert.All(reply.Segments, s => Assert.NotEqual(SegmentMethod.Marker, s.Method));
        Assert.Equal("general", reply.QuestionsOf("3. Risk analysis"));
    }

    [Fact]
    public void NumberedAnswers_WithinTheQuestionnaire_StillStartAnswers()
    {
        // Given answers numbered 1 to 3, as the questionnaire's main questions
        var document = Reply.New()
            .Para("1. We supply thermal cameras to coastguards in Morocco.")
            .Para("2. We assess every sale against our country risk matrix.")
            .Para("3. We have no plans to stop these sales.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each number still names its question(s)
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf("3. We have").Method);
        Assert.Equal("3", reply.QuestionsOf("3. We have"));
    }

    [Fact]
    public void SubjectLineAfterTheGreeting_SharingTheFirstQuestionsWords_IsNotThatQuestionRestated()
    {
        // Given a letter that sets its subject as a heading after the greeting, then writes prose
        var document = Reply.New()
            .Para("Dear Ms Farouk")
            .Heading("Surveillance technology in migration and border control in the Middle East and North Africa")
            .Para("Brightmoor was founded in 1987 by a group of engineers from the marine radar industry.")
            .Para("Yours sincerely,")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then neither the subject nor the company's introduction answers question 1a
        Assert.Equal("general", reply.QuestionsOf("Surveillance technology in migration"));
        Assert.Equal("general", reply.QuestionsOf("Brightmoor was founded"));
    }

    [Fact]
    public void QuestionNumberInParentheses_AfterLetteredMarkers_OpensThatQuestion()
    {
        // Given markers "1(a)" … "2(e)" and the last question, which has no parts, as "(3)"
        var document = Reply.New()
            .Para("2(d) Complaints may be sent to our compliance officer.")
            .Para("2(e) Kestrel is committed to conducting its business in accordance with applicable law.")
            .Para("(3) Kestrel has no such plans.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal("2e", reply.QuestionsOf("2(e) Kestrel"));
        Assert.Equal("3", reply.QuestionsOf("(3) Kestrel"));
    }

    [Fact]
    public void NumbersInParentheses_ListingStepsInsideAnAnswer_StayInThatAnswer()
    {
        // Given an answer to 2c that lists its steps as "(1)", "(2)", "(3)"
        var document = Reply.New()
            .Para("2(b) We have not consulted affected communities.")
            .Para("2(c) We take three steps:")
            .Para("(1) we screen every end user before a quotation;")
            .Para("(2) we train the operators of each system;")
            .Para("(3) we audit deliveries once a year.")
            .Para("2(d) Anyone can write to our ethics line.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal("2c", reply.QuestionsOf("(1) we screen"));
        Assert.Equal("2c", reply.QuestionsOf("(3) we audit"));
        Assert.Equal("2d", reply.QuestionsOf("2(d) Anyone"));
    }
}

