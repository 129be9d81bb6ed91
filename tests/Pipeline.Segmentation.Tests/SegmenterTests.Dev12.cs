using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

/// <summary>Cases read from the fourteenth blind set (dev12), in our own words.</summary>
public sealed partial class SegmenterTests
{
    [Fact]
    public void Heading_SharingOnlyAWordOfTheOrganisationsTitle_IsNoRestatedQuestion()
    {
        // Given a questionnaire whose organisers titled 1c "Disclosure commitment" (the question itself never says
        // "commitment"), and a letter structured by headings, one of them "Our commitments"
        var campaign = Questionnaire.Mena with
        {
            Questions = [.. Questionnaire.Mena.Questions.Select(q => q.Id.Value == "1c" ? q with { ShortTitle = "Disclosure commitment" } : q)],
        };
        var document = Reply.New()
            .Para("Dear Ms Haddad,")
            .Heading("Grievance mechanism")
            .Para("Anyone may write to our ombudsperson, who answers to the board and not to management.")
            .Heading("Our commitments")
            .Para("Our board adopted a human rights policy in 2020 and reviews it every two years.")
            .Para("Kind regards,")
            .Build();

        // When
        var reply = new ReplySegmenter().Segment(document, campaign, new CompanyAttribution("Thales Group", AttributionSource.FileName, true));

        // Then "Grievance mechanism" still restates 2d, but "Our commitments" restates nothing: its section is left to routing
        Assert.Equal("2d", reply.QuestionsOf("Anyone may write"));
        Assert.Equal("general", reply.QuestionsOf("Our board adopted"));
        Assert.Equal(SegmentMethod.Section, reply.SegmentOf("Our commitments").Method);
    }

    [Fact]
    public void List_AfterInlineLettersEndingInAColon_AnswersTheLastLetter()
    {
        // Given "2." with (a), (b) and (c) inside one paragraph, (c) introducing a list of measures
        var document = Reply.New()
            .Para("2. (a) Every tender outside the EU goes to our ethics committee first. (b) We have not met refugee groups ourselves. (c) Our safeguards are:")
            .Item("•", "a written end-use undertaking from every customer;")
            .Item("•", "sensors shipped without any face-matching software.")
            .Para("3. We will not withdraw from the region.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the paragraph answers 2a–2c and the list 2c alone, until 3
        Assert.Equal("2a,2b,2c", reply.QuestionsOf("2. (a) Every tender"));
        Assert.Equal("2c", reply.QuestionsOf("• a written end-use"));
        Assert.Equal("2c", reply.QuestionsOf("• sensors shipped"));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf("• a written end-use").Method);
        Assert.Equal("3", reply.QuestionsOf("3. We will not"));
    }

    [Fact]
    public void List_AfterInlineLettersNotOpeningIt_StaysWithTheWholeAnswer()
    {
        // Given the same kind of paragraph, but its last sentence ends with a full stop before a list
        var document = Reply.New()
            .Para("2. (a) Every tender outside the EU goes to our ethics committee first. (b) We have not met refugee groups ourselves.")
            .Item("•", "Reviews are repeated whenever a contract is extended.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the list stays part of the answer to 2a and 2b
        Assert.Equal("2a,2b", reply.QuestionsOf("• Reviews are repeated"));
    }

    [Fact]
    public void LetteredList_AfterInlineLettersEndingInAColon_IsIdentifiedByItsLabels()
    {
        // Given "2." naming (a) to (c) inside a paragraph that ends with a colon, then items lettered (d) and (e)
        var document = Reply.New()
            .Para("2. (a) Every tender outside the EU goes to our ethics committee first. (b) We have not met refugee groups ourselves. (c) In short:")
            .Item("(d)", "Anyone can write to our ombudsperson.")
            .Item("(e)", "Our human rights policy dates from 2021.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the lettered items answer their own sub-questions, not 2c
        Assert.Equal("2d", reply.QuestionsOf("(d) Anyone can write"));
        Assert.Equal("2e", reply.QuestionsOf("(e) Our human rights"));
    }

    [Fact]
    public void Paragraph_AfterAQuestionAnswerTable_IsNotTheLastRowsAnswer()
    {
        // Given a question | answer table whose last row answers 3, then an offer to put the researcher in touch
        var document = Reply.New()
            .Para("Dear Ms Haddad,")
            .Row(0, 0, "Question", "Answer")
            .Row(0, 1, "2d", "Yes: an e-mail address open to anyone.")
            .Row(0, 2, "3", "We have no such plans.")
            .Para("If it would help, we can introduce you to our customer's data protection officer.")
            .Para("Best regards,")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the rows answer their questions and the paragraph after the table answers none
        Assert.Equal("3", reply.QuestionsOf("We have no such plans"));
        Assert.Equal("general", reply.QuestionsOf("If it would help"));
        Assert.NotEqual(SegmentMethod.Table, reply.SegmentOf("If it would help").Method);
    }

    [Theory]
    [InlineData("I hope these answers are useful to your research. Please write if anything is unclear.")]
    [InlineData("Thank you again for your letter. We would welcome a call with your team on these questions.")]
    public void ClosingCourtesy_InTheFirstPersonOrThankingAgain_EndsTheLastAnswer(string courtesy)
    {
        // Given a marked answer to 3 followed by a closing courtesy
        var document = Reply.New()
            .Para("1a. We sell thermal cameras to two coastguards in the region.")
            .Para("2d. Complaints go to an external hotline.")
            .Para("3. We do not intend to stop these sales.")
            .Para(courtesy)
            .Para("Yours sincerely,")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the courtesy is general, not more of the answer to 3
        Assert.Equal("3", reply.QuestionsOf("3. We do not intend"));
        Assert.Equal("general", reply.QuestionsOf(courtesy[..12]));
    }
}
