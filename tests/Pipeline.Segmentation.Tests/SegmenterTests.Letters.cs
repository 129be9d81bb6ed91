using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Fact]
    public void Letter_LetterheadGreetingClosingAndSignature_AreGeneral()
    {
        var document = Reply.New()
            .Para("Thales Group, Tour Carpe Diem, Paris")
            .Para("14 September 2022")
            .Para("Dear Ms Khalil,")
            .Para("Thank you for your letter of 20 July.")
            .Para("1a) We supply radar systems to one coast guard.")
            .Para("3) We have no plans to stop.")
            .Para("We hope this information is helpful.")
            .Para("Yours sincerely,")
            .Para("Jean Martin, Head of Ethics")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("general", reply.QuestionsOf("Thales Group"));
        Assert.Equal("general", reply.QuestionsOf("Dear Ms"));
        Assert.Equal("general", reply.QuestionsOf("Thank you"));
        Assert.Equal("1a", reply.QuestionsOf("1a) We supply"));
        Assert.Equal("3", reply.QuestionsOf("3) We have"));
        Assert.Equal("general", reply.QuestionsOf("We hope"));
        Assert.Equal("general", reply.QuestionsOf("Yours sincerely"));
        Assert.Equal("general", reply.QuestionsOf("Jean Martin"));
    }

    [Theory]
    [InlineData("This response is provided for information only and does not waive any confidentiality obligation owed to our customers.")]
    [InlineData("This letter is sent without prejudice to our rights under the contracts concerned.")]
    [InlineData("Nothing in this response shall be construed as an admission of any kind.")]
    [InlineData("La présente réponse est fournie à titre informatif et ne constitue pas un engagement.")]
    [InlineData("This letter is provided for the purpose of your research and is without prejudice to the Group's position.")]
    [InlineData("We hope the matrix is useful. Questions on any line of it can be directed to our compliance office.")]
    [InlineData("We thank you for the opportunity to explain our position and remain available for a call.")]
    [InlineData("We are happy for this letter to be published in full.")]
    [InlineData("Contact for questions: R. Vermeulen, compliance officer, compliance@example.nl.")]
    [InlineData("We hope that above information is useful for your work.")]
    public void Letter_DisclaimerAfterTheLastAnswer_IsGeneral_NotPartOfThatAnswer(string disclaimer)
    {
        // Given answers ending with question 3, then a disclaimer about the reply as a whole
        var document = Reply.New()
            .Para("1a) We supply radar systems to one coast guard.")
            .Para("2a) Every sale passes a human rights review.")
            .Para("3) We do not comment on commercial plans.")
            .Para(disclaimer)
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then question 3's answer stops before it
        Assert.Equal("3", reply.QuestionsOf("3) We do not"));
        Assert.Equal("general", reply.QuestionsOf(disclaimer[..20]));
    }

    [Theory]
    [InlineData("On Tue, 12 Jul 2022 at 09:15, Research Team <research@example.org> wrote:")]
    [InlineData("-----Original Message-----")]
    [InlineData("Le mar. 12 juil. 2022 à 09:15, Équipe de recherche a écrit :")]
    [InlineData("Am 12.07.2022 um 09:15 schrieb Research Team:")]
    [InlineData("From: Research Team <research@example.org>\nSent: 12 July 2022 09:15")]
    public void Letter_MessageQuotedBelowAnEmailReply_IsGeneral_AndNeverRouted(string header)
    {
        // Given an e-mail reply, signed, then the questionnaire's own e-mail quoted below it, which names the questions
        var document = Reply.New()
            .Para("1a) We supply radar systems to one coast guard.")
            .Para("3) We have no plans to stop.")
            .Para("Best regards,")
            .Para("Amal")
            .Para(header)
            .Para("Our questions ask (2) about your due diligence, grievance mechanisms and human rights policy.")
            .Para("Could you also describe your grievance mechanism for complaints?")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then the quoted message is general, kept apart from the letter so that routing leaves it alone, and it is
        // structure: not what the company said
        Assert.Equal("3", reply.QuestionsOf("3) We have no plans"));
        Assert.Equal("general", reply.QuestionsOf("Our questions ask"));
        Assert.Equal(SegmentMethod.Quoted, reply.SegmentOf("Our questions ask").Method);
        Assert.Equal(SegmentMethod.Quoted, reply.SegmentOf("Could you also").Method);
        Assert.All(reply.SegmentOf("Our questions ask").Passages, p => Assert.Equal(PassageRole.Question, p.Role));
    }

    [Fact]
    public void Letter_QuestionnaireQuotedBelowAnEmailReply_IsTiedToItsQuestions_AsStructure()
    {
        // Given an e-mail reply in prose, then the asker's message quoted below it with two of the questions as asked
        var document = Reply.New()
            .Para("We sell thermal cameras to one coast guard in the region and check every buyer before a sale.")
            .Para("Kind regards,")
            .Para("Amal")
            .Para("-----Original Message-----")
            .Para("We would be grateful for your answers to the following questions.")
            .Para("1. a. Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control?")
            .Para("d. Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?")
            .Para("With best wishes, the research team")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then each quoted question is tied to its id, as a restated one would be, in a quoted segment of structure; the
        // rest of the quoted message stays general
        Assert.Equal("1a", reply.QuestionsOf("1. a. Does your company"));
        Assert.Equal("2d", reply.QuestionsOf("d. Does your company"));
        Assert.Equal(SegmentMethod.Quoted, reply.SegmentOf("d. Does your company").Method);
        Assert.All(reply.SegmentOf("1. a. Does your company").Passages, p => Assert.Equal(PassageRole.Question, p.Role));
        Assert.Equal("general", reply.QuestionsOf("We would be grateful"));
        Assert.Equal("general", reply.QuestionsOf("With best wishes"));
        Assert.Equal("general", reply.QuestionsOf("We sell thermal cameras"));
    }

    [Fact]
    public void Letter_FromLineAtTheTopOfAnEmailReply_DoesNotQuoteTheReply()
    {
        // Given an e-mail reply whose own header opens it
        var document = Reply.New()
            .Para("From: Amal Haddad <amal@example.com>\nSent: 2 August 2022 10:00")
            .Para("1a) We supply radar systems to one coast guard.")
            .Para("3) We have no plans to stop.")
            .Para("Best regards,")
            .Build();

        // When segmented
        var reply = Segmented.Run(document);

        // Then its answers are read
        Assert.Equal("1a", reply.QuestionsOf("1a) We supply"));
        Assert.Equal("3", reply.QuestionsOf("3) We have no plans"));
    }

    [Fact]
    public void Letter_AnswerSpanningPages_IsNotCutByRunningHeadersOrFooters()
    {
        var document = Reply.New()
            .Header("Acme Systems – Reply to BHRRC")
            .Para("2a) Our due diligence has four steps.")
            .Para("First, we rate the country.")
            .Footer("Page 1 of 2")
            .NextPage()
            .Header("Acme Systems – Reply to BHRRC")
            .Para("Second, we screen the end user.")
            .Para("2b) We consult NGOs.")
            .Footer("Page 2 of 2")
            .Build();

        var reply = Segmented.Run(document);

        var answer = reply.SegmentOf("2a) Our");
        Assert.Equal(["2a) Our due diligence has four steps.", "First, we rate the country.", "Second, we screen the end user."],
            answer.Passages.Select(p => p.Text));
        Assert.Equal([1, 2], answer.Pages.ToArray());
        Assert.DoesNotContain(reply.Segments.SelectMany(s => s.Passages), p => p.Text.StartsWith("Page", StringComparison.Ordinal));
    }

    [Fact]
    public void Letter_ProseWithoutMarkers_StaysGeneralWithMethodNone()
    {
        var document = Reply.New()
            .Para("Dear Sir or Madam,")
            .Para("We comply with all applicable export control laws and do not comment on individual customers.")
            .Para("Our products are sold only under licence.")
            .Para("Kind regards,")
            .Build();

        var reply = Segmented.Run(document);

        Assert.All(reply.Segments, s => Assert.True(s.IsGeneral));
        Assert.All(reply.Segments, s => Assert.Equal(SegmentMethod.None, s.Method));
        Assert.Equal(4, reply.Segments.Sum(s => s.Passages.Length));
    }

    [Theory]
    [InlineData("Sincerely, Rachel Okafor Deputy General Counsel")]
    [InlineData("Kind regards")]
    [InlineData("Veuillez agréer, Madame, l'expression de nos salutations distinguées.")]
    public void Letter_SignOff_EvenRunTogetherWithTheSignature_EndsTheAnswers(string signOff)
    {
        var document = Reply.New()
            .Para("3) We have no plans to stop.")
            .Para(signOff)
            .Para("Head of Compliance")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("general", reply.QuestionsOf(signOff[..5]));
        Assert.Equal("general", reply.QuestionsOf("Head of"));
    }
    [Fact]
    public void Letter_StructuredByHeadings_WithItsDateAsAHeading_EndsTheLetterheadAtTheGreeting()
    {
        // Given a letter structured by headings whose date line is itself a heading (as a PDF's larger type reads)
        var document = Reply.New()
            .Heading("Meridian Guard Services Group plc")
            .Para("Meridian House, 2 Chiswell Street, London")
            .Heading("31 August 2022")
            .Para("Business & Human Rights Resource Centre")
            .Para("Dear Resource Centre,")
            .Para("We supply perimeter guarding to border police in Morocco and Tunisia.")
            .Heading("Due diligence")
            .Para("We assess human rights risks before each contract.")
            .Heading("Grievances")
            .Para("Anyone can raise a concern through our hotline.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the greeting starts a segment of its own: the answer after it is not held with the date and the addressee
        // (a section opened at the date would be routed as one, the letterhead with it)
        Assert.DoesNotContain(reply.SegmentOf("We supply").Passages, p => p.Text.StartsWith("31 August", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.SegmentOf("Dear Resource").Passages, p => p.Text.StartsWith("Business &", StringComparison.Ordinal));
        Assert.Equal(SegmentMethod.Section, reply.SegmentOf("We assess").Method);
    }

    [Fact]
    public void Letter_EmailReplySignedOffBeforeTheMiddle_EndsItsAnswers_WhenTheQuotedMessageIsLonger()
    {
        // Given an e-mail reply of a few short answers, signed "Best,", then the questionnaire's e-mail quoted below it,
        // longer than the reply itself
        var reply = Reply.New()
            .Para("Hi Lina,")
            .Para("1a) No. We make subscriber-management software for mobile operators.")
            .Para("3) Not applicable - we sell nothing to governments in the region.")
            .Para("Best,")
            .Para("Karl Mifsud\nHead of Legal\nZerafin Telecom Solutions Ltd");
        reply = reply.Para("-----Original Message-----");
        for (var i = 1; i <= 8; i++)
        {
            reply = reply.Para($"Quoted line {i} of the questionnaire's message, which asks about due diligence.");
        }

        // When segmented
        var segmented = Segmented.Run(reply.Build());

        // Then the sign-off and the signature are no part of the last answer
        Assert.Equal("3", segmented.QuestionsOf("3) Not applicable"));
        Assert.Equal("general", segmented.QuestionsOf("Best,"));
        Assert.Equal("general", segmented.QuestionsOf("Karl Mifsud"));
    }
}
