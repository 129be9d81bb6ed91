using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void InlineLetters_InAParagraphUnderAParentNumber_NameTheSubQuestionsItAnswers()
    {
        // Given answers grouped under "2." with the sub-question letters inside the paragraphs
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("2. (a) Every offer is reviewed by our Compliance Committee. (b) We have not consulted migrants directly.")
            .Para("(c) Our contracts require that distress calls are forwarded. (d) Complaints go to our whistleblower scheme. (e) These rules form part of our policy.")
            .Para("3. We stopped deliveries to Libya in 2021.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each paragraph answers the sub-questions it names, not every part of 2, and "3." still follows
        Assert.Equal("2a,2b", reply.QuestionsOf("2. (a)"));
        Assert.Equal("2c,2d,2e", reply.QuestionsOf("(c) Our"));
        Assert.Equal("3", reply.QuestionsOf("3. We"));
    }

    [Fact]
    public void InlineLetters_GoingBackwards_AreAListInsideTheAnswer()
    {
        // Given an answer to 2d that lists its channels as (a), (b)
        var document = Reply.New()
            .Para("2d) People can reach us in two ways. (a) A hotline run by an independent provider. (b) A web form.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then it answers 2d alone
        Assert.Equal("2d", reply.QuestionsOf("2d)"));
    }

    [Fact]
    public void InlineLetters_AfterAnAutoNumberedParentLabel_NameTheSubQuestionsItAnswers()
    {
        // Given a Word list item labelled "2." (the label is not in the text) naming (a) and (b) inside
        var document = Reply.New()
            .Item("2.", "(a) Every offer is reviewed by our Compliance Committee. (b) We have not consulted migrants directly.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then it answers 2a and 2b
        Assert.Equal("2a,2b", reply.QuestionsOf("2. (a) Every"));
    }

    [Fact]
    public void PointNumbers_CountingTheSubQuestions_AreReadAsTheNthQuestion()
    {
        // Given a letter numbering its answers "Point 1" … past the questionnaire's highest number (3), one point joint
        var document = Reply.New()
            .Para("Point 1 – We supply e-gates to airport operators.")
            .Para("Point 3 – We are happy to provide updates on:")
            .Item("•", "the number of gates per country;")
            .Para("Point 4 – Before tendering we complete a country assessment.")
            .Para("Points 5 and 6 – We have not held consultations, and our gates keep no data.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then "Point n" is the n-th question of the questionnaire, and the list under a point belongs to it
        Assert.Equal("1a", reply.QuestionsOf("Point 1"));
        Assert.Equal("1c", reply.QuestionsOf("Point 3"));
        Assert.Equal("1c", reply.QuestionsOf("• the number"));
        Assert.Equal("2a", reply.QuestionsOf("Point 4"));
        Assert.Equal("2b,2c", reply.QuestionsOf("Points 5"));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf("Point 4").Method);
    }

    [Fact]
    public void PointNumbers_WithinTheQuestionnaireNumbers_KeepTheirUsualMeaning()
    {
        // Given a letter whose points go no further than the questionnaire's own numbers
        var document = Reply.New()
            .Para("Point 1 – We supply e-gates to airport operators.")
            .Para("Point 2 – We assess every sale.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then "Point 2" is question 2 (all its parts)
        Assert.Equal("2a,2b,2c,2d,2e", reply.QuestionsOf("Point 2"));
    }

    [Fact]
    public void SubjectLine_SharingWordsWithAQuestion_IsNotARestatedQuestion()
    {
        // Given a subject line close to the wording of the due-diligence question, then a prose letter
        var document = Reply.New()
            .Para("Re: Human rights due diligence before supplying surveillance equipment to border agencies")
            .Para("Dear Ms Khalil,")
            .Para("Thank you for your letter.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then nothing answers 2a
        Assert.Equal("general", reply.QuestionsOf("Re: Human"));
        Assert.All(reply.Segments, s => Assert.True(s.IsGeneral));
    }

    [Theory]
    [InlineData("Reply to questionnaire: surveillance products and services for migration and border control")]
    [InlineData("Response to your letter: surveillance solutions provided for migration and border control")]
    public void TitleNamingTheReply_SharingWordsWithAQuestion_IsNotARestatedQuestion(string title)
    {
        // Given a reply whose title names what it answers in words close to the first question's (issue 20, dev13)
        var document = Reply.New()
            .Heading(title)
            .Para("Dear Ms Khalil,")
            .Para("Thank you for your letter.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the title answers nothing
        Assert.All(reply.Segments, s => Assert.True(s.IsGeneral));
    }

    [Fact]
    public void CrossReference_AnswerPointingToAnother_IsAnsweredByItsParagraphs()
    {
        // Given questions restated as headings, and 2e answered only by a pointer to the answer to 2c
        var document = Reply.New()
            .Heading("2c. What other actions do we take to prevent adverse impacts?")
            .Para("Our software cannot be switched off without a change request, and our code applies here too.")
            .Heading("2d. Do we have a grievance mechanism?")
            .Para("We have an internal whistleblowing procedure.")
            .Heading("2e. Do we have a human rights policy?")
            .Para("Please see our answer to 2c.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the answer to 2c answers 2e too, its restated question stays 2c's, and the pointer stays 2e's
        Assert.Equal("2c,2e", reply.QuestionsOf("Our software"));
        Assert.Equal("2c", reply.QuestionsOf("2c. What"));
        Assert.Equal("2e", reply.QuestionsOf("Please see"));
        Assert.Equal("2d", reply.QuestionsOf("We have an internal"));
    }
}
