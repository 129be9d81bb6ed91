using Pipeline.Classification.Status;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Status;

public sealed partial class AnswerStatusRulesTests
{
    private static readonly string Long = WordsOf(30);

    [Fact]
    public void NoReply_FromACompanyThatNeverReplied_IsNoResponse()
    {
        // Given a company the campaign lists as not responding, and no reply document
        // When deciding 2d
        var status = AnswerStatusRules.Decide(Silent, Question("2d"), [], hasReply: false);

        // Then
        Assert.Equal(AnswerStatus.NoResponse, status);
    }

    [Fact]
    public void NoReply_FromACompanyTheCampaignRecordsAsDeclined_IsDeclined()
    {
        // Given a company recorded as having declined, without a reply document
        // When deciding 2d
        var status = AnswerStatusRules.Decide(Refused, Question("2d"), [], hasReply: false);

        // Then
        Assert.Equal(AnswerStatus.Declined, status);
    }

    [Fact]
    public void Reply_WithNothingForTheQuestion_IsNotAddressed()
    {
        // Given a reply answering 1a only, plus a greeting
        var segments = new[] { General(P("Dear Sir or Madam,", Topic.Other)), Answer("1a", P(Long, Topic.ProductsAndClients)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.NotAddressed, status);
    }

    [Theory]
    [InlineData("Beyond what is said above, we are unable to respond to your remaining questions, which concern confidential matters.", AnswerStatus.Declined)]
    [InlineData("We trust the policy extract below answers your remaining questions.", AnswerStatus.NotAddressed)]
    public void Reply_ThatAnswersSomeQuestionsAndRefusesTheRest_DeclinesTheQuestionsItLeftOut(string closing, AnswerStatus expected)
    {
        // Given a reply answering 1a at length, then a general closing paragraph about the other questions
        var segments = new[] { Answer("1a", P(Long, Topic.ProductsAndClients)), General(P(closing, Topic.Other)) };

        // When deciding 2d, which it says nothing about
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then a refusal of the remaining questions declines it; a pointer elsewhere leaves it unaddressed
        Assert.Equal(expected, status);
    }

    [Fact]
    public void RefusalLetter_DominatedByConfidentiality_CountsUnaddressedQuestionsAsDeclined()
    {
        // Given a general-only reply: greeting, then a long confidentiality refusal
        var segments = new[] { General(P("Dear Sir or Madam,", Topic.Other), P(Long, Topic.ConfidentialityDecline)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then the refusal covers the unaddressed question
        Assert.Equal(AnswerStatus.Declined, status);
    }

    [Fact]
    public void Letter_FromACompanyRecordedAsDeclined_IsReadForItsContent_UnaddressedQuestionsAreNotAddressed()
    {
        // Given a company recorded as declined that sent a short polite letter (all other), refusing nothing
        var segments = new[] { General(P("Thank you for your letter.", Topic.Other)) };

        // When deciding 1a
        var status = AnswerStatusRules.Decide(Refused, Question("1a"), segments, hasReply: true);

        // Then the letter says nothing about 1a: the record does not outrank what the reply says (independent gold reads
        // a refusal letter's untouched questions as not addressed)
        Assert.Equal(AnswerStatus.NotAddressed, status);
    }

    [Fact]
    public void Answer_MostlyConfidentiality_IsDeclined()
    {
        // Given a 1c answer: a long confidentiality passage and a short on-topic one
        var segments = new[] { Answer("1c", P(Long, Topic.ConfidentialityDecline), P(WordsOf(10), Topic.DisclosureCommitment)) };

        // When deciding 1c
        var status = AnswerStatusRules.Decide(Responded, Question("1c"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Declined, status);
    }

    [Theory]
    // A refusal of the questionnaire with a sentence of reassurance: declined
    [InlineData("We are therefore unable to respond to the questions set out in your letter. All of our exports are carried out in accordance with the applicable export control laws and under licences granted by the competent authorities, which take human rights into account.", AnswerStatus.Declined)]
    // The same refusal followed by a description of the process: it refuses and then answers in part
    [InlineData("We are unable to respond to the individual questions in your letter. Before every offer to a government customer our compliance team screens the end user against sanctions lists and country reports, the sales director and the general counsel must both approve, and an external adviser reviews the file when the country is rated high risk; offers are refused when the risk of misuse cannot be mitigated by contract clauses or by configuration of the delivered system, and every refusal is recorded.", AnswerStatus.Partial)]
    public void Answer_OnlyARefusalOfTheWholeQuestionnaire_IsDeclinedUnlessItGoesOnToDescribe(string text, AnswerStatus expected)
    {
        // Given a 2a answer that is one routed paragraph refusing the questionnaire
        var segments = new[] { new Segment(DocumentId, [Pipeline.Core.Campaigns.QuestionId.Parse("2a")], SegmentMethod.Topic, 0.6, [P(text, Topic.ExportControl)]) };

        // When deciding 2a
        var status = AnswerStatusRules.Decide(Responded, Question("2a"), segments, hasReply: true);

        // Then
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Answer_OnTopicWithSomeConfidentiality_IsAnswered()
    {
        // Given a 1a answer: a long products passage and a shorter confidentiality caveat
        var segments = new[] { Answer("1a", P(Long, Topic.ProductsAndClients), P(WordsOf(12), Topic.ConfidentialityDecline)) };

        // When deciding 1a
        var status = AnswerStatusRules.Decide(Responded, Question("1a"), segments, hasReply: true);

        // Then the caveat does not make it a refusal
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void Answer_OnTopicAndLongEnough_IsAnswered()
    {
        // Given a 2d answer of 30 words about the grievance mechanism
        var segments = new[] { Answer("2d", P(Long, Topic.GrievanceMechanism)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void RoutedProse_AboutOtherTopics_IsPartial()
    {
        // Given prose routed to 2d that talks about the human-rights policy (90%) and barely about grievances (10%)
        var segments = new[] { Answer("2d", P(WordsOf(45), Topic.PolicyCommitment), P(WordsOf(5), Topic.GrievanceMechanism)) with { Method = SegmentMethod.Topic } };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then it is evasive: partial
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void JointParagraph_RoutedToSeveralQuestions_IsNotHeldToEachQuestionsTopic()
    {
        // Given one paragraph routed to 2b, 2d and 2e — "We follow our Responsible AI Policy … We have an ethics hotline open
        // to anyone, including travellers. We have not consulted migrant communities directly." — labelled policy
        var joint = new Segment(DocumentId, [.. new[] { "2b", "2d", "2e" }.Select(Pipeline.Core.Campaigns.QuestionId.Parse)], SegmentMethod.Topic, 0.5, [P(WordsOf(40), Topic.PolicyCommitment)]);

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), [joint], hasReply: true);

        // Then the paragraph answers 2d in part of its text: answered, where the same text routed to 2d alone is partial
        Assert.Equal(AnswerStatus.Answered, status);
        Assert.Equal(AnswerStatus.Partial, AnswerStatusRules.Decide(Responded, Question("2d"), [joint with { Questions = [Pipeline.Core.Campaigns.QuestionId.Parse("2d")] }], hasReply: true));
    }

    [Theory]
    [InlineData(Topic.ExportControl, AnswerStatus.Partial)]
    [InlineData(Topic.DueDiligence, AnswerStatus.Answered)]
    public void DueDiligenceAnswer_MadeOfExportLicensing_IsPartial(Topic topic, AnswerStatus expected)
    {
        // Given a marked 2a answer of 40 words read as export licensing (or as due diligence)
        var segments = new[] { Answer("2a", P(WordsOf(40), topic)) };

        // When deciding 2a, the due-diligence question
        var status = AnswerStatusRules.Decide(Responded, Question("2a"), segments, hasReply: true);

        // Then licensing alone is how the law is complied with, not a human-rights assessment: partial
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Every shipment is checked for licence requirements under the dual-use rules, and buyers are screened against the sanctions lists. We have not conducted any human rights due diligence of our own, as our sensors are sold for customs use.", AnswerStatus.Answered)]
    [InlineData("Jede Lieferung prüfen wir auf Genehmigungspflichten und gleichen die Empfänger mit den Sanktionslisten ab. Eine eigene menschenrechtliche Prüfung führen wir nicht durch.", AnswerStatus.Answered)]
    [InlineData("Nos contrats imposent le respect des règles d'exportation et des sanctions. Nous n'avons pas mis en place de procédure de diligence raisonnable propre à la région.", AnswerStatus.Answered)]
    // Admitting to some process is no "no": licensing with an informal or unsystematic review stays partial.
    [InlineData("Every shipment is checked for licence requirements under the dual-use rules, and buyers are screened against the sanctions lists. We do not carry out a formal human rights impact assessment.", AnswerStatus.Partial)]
    [InlineData("Jede Lieferung prüfen wir auf Genehmigungspflichten und gleichen die Empfänger mit den Sanktionslisten ab. Eine menschenrechtliche Prüfung führen wir bisher nicht systematisch durch.", AnswerStatus.Partial)]
    public void DueDiligenceAnswer_OfLicensingThatSaysNoHumanRightsDiligenceIsDone_IsAnswered(string text, AnswerStatus expected)
    {
        // Given a marked 2a answer read as export licensing
        var segments = new[] { Answer("2a", P(text, Topic.ExportControl)) };

        // When deciding 2a
        var status = AnswerStatusRules.Decide(Responded, Question("2a"), segments, hasReply: true);

        // Then a plain no to human-rights due diligence answers the question; licensing beside some review stays partial
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Nein.", AnswerStatus.Answered)]
    [InlineData("None.", AnswerStatus.Answered)]
    [InlineData("Yes.", AnswerStatus.Partial)]
    public void ShortMarkedAnswer_ReadAsOther_IsAnsweredWhenItSaysNo(string text, AnswerStatus expected)
    {
        // Given a table row for 2b whose answer the classifier reads as other (no substantive text)
        var segments = new[] { Answer("2b", P(text, Topic.Other)) };

        // When deciding 2b
        var status = AnswerStatusRules.Decide(Responded, Question("2b"), segments, hasReply: true);

        // Then a no in the company's own place for the question answers it ("if so" questions); a bare yes does not
        Assert.Equal(expected, status);
    }

    [Fact]
    public void MarkedAnswer_AboutAnotherTopic_IsAnswered()
    {
        // Given "1b: Not applicable, as no such products have been distributed; we would inform you of any change",
        // which the classifier reads as a disclosure commitment, under the company's own marker for 1b
        var segments = new[] { Answer("1b", P(WordsOf(20), Topic.DisclosureCommitment)) };

        // When deciding 1b
        var status = AnswerStatusRules.Decide(Responded, Question("1b"), segments, hasReply: true);

        // Then the company answered the question it named (independent replies' gold reads such answers so)
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void Answer_VeryShort_IsPartial()
    {
        // Given "2(d) Yes, we have one." (five words) on topic
        var segments = new[] { Answer("2d", P("Yes, we have a hotline.", Topic.GrievanceMechanism)) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void CombinedAnswer_CountsItsWholeText_ForEachQuestion()
    {
        // Given one 30-word segment answering 1a, 1b and 1c together, covering all three topics
        var segments = new[] { Answer(["1a", "1b", "1c"], P(WordsOf(10), Topic.ProductsAndClients), P(WordsOf(10), Topic.DeploymentScale), P(WordsOf(10), Topic.DisclosureCommitment)) };

        // When deciding each
        var statuses = new[] { "1a", "1b", "1c" }.Select(q => AnswerStatusRules.Decide(Responded, Question(q), segments, hasReply: true));

        // Then each is answered: a joint answer is not a thin one (independent replies' gold reads them so)
        Assert.All(statuses, s => Assert.Equal(AnswerStatus.Answered, s));
    }

    [Fact]
    public void CombinedAnswer_WithEnoughTextPerQuestion_IsAnswered()
    {
        // Given one 60-word segment answering 1a and 1b, half on each topic
        var segments = new[] { Answer(["1a", "1b"], P(Long, Topic.ProductsAndClients), P(Long, Topic.DeploymentScale)) };

        // When deciding 1b (a secondary question of the segment)
        var status = AnswerStatusRules.Decide(Responded, Question("1b"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void Answer_OnlyBoilerplate_IsPartial()
    {
        // Given a 2e answer whose every passage is classified other ("Please see our website.")
        var segments = new[] { Answer("2e", P(Long, Topic.Other)) };

        // When deciding 2e
        var status = AnswerStatusRules.Decide(Responded, Question("2e"), segments, hasReply: true);

        // Then there is no substance: partial
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void RoutedSegment_CountsAsAnAnswer()
    {
        // Given a segment routed to 2d by topic (not by a marker)
        var segments = new[] { new Segment(DocumentId, [Pipeline.Core.Campaigns.QuestionId.Parse("2d")], SegmentMethod.Topic, 0.6, [P(Long, Topic.GrievanceMechanism)]) };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void Answer_FromACompanyRecordedAsDeclined_IsJudgedByItsContent()
    {
        // Given a 30-word answer routed to 1b by topic, from a company the campaign records as declined
        var segments = new[] { new Segment(DocumentId, [Pipeline.Core.Campaigns.QuestionId.Parse("1b")], SegmentMethod.Topic, 0.6, [P(Long, Topic.DeploymentScale)]) };

        // When deciding 1b
        var status = AnswerStatusRules.Decide(Refused, Question("1b"), segments, hasReply: true);

        // Then it answers 1b: a company that declined in general may still answer a question (Tarrow 2024, Kestrane's 2a)
        Assert.Equal(AnswerStatus.Answered, status);
    }

    [Fact]
    public void ShortAnswer_UnderALabelAndTheRestatedQuestion_IsPartial_TheirWordsDoNotCount()
    {
        // Given a table row: "2d" | the question restated (20 words) | "Yes, a hotline."
        var segments = new[]
        {
            Answer("2d",
                P("2d") with { Role = PassageRole.Label },
                P(WordsOf(20, "grievance"), Topic.GrievanceMechanism) with { Role = PassageRole.Question },
                P("Yes, a hotline.", Topic.GrievanceMechanism)),
        };

        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true);

        // Then three words answer it: partial, whatever the question's length
        Assert.Equal(AnswerStatus.Partial, status);
    }

    [Fact]
    public void SegmentOfStructureOnly_IsNoAnswer_TheQuestionIsNotAddressed()
    {
        // Given the reply's heading for 2e ("2e" and its title) with nothing under it, and an answer to 1a
        var segments = new[]
        {
            Answer("2e", P("2e") with { Role = PassageRole.Label }, P("Human rights policy") with { Role = PassageRole.Question }),
            Answer("1a", P(Long, Topic.ProductsAndClients)),
        };

        // When deciding 2e
        var status = AnswerStatusRules.Decide(Responded, Question("2e"), segments, hasReply: true);

        // Then
        Assert.Equal(AnswerStatus.NotAddressed, status);
    }

    [Fact]
    public void NoReplyIndexed_FromACompanyTheCampaignRecordsAsResponded_IsReplyNotIndexed()
    {
        // Given a company the campaign records as having responded, with no reply in the index
        // When deciding 2d
        var status = AnswerStatusRules.Decide(Responded, Question("2d"), [], hasReply: false);

        // Then its reply is missing, which is not a non-response
        Assert.Equal(AnswerStatus.ReplyNotIndexed, status);
    }

    [Fact]
    public void NoReplyIndexed_ButAFileOfTheCompanyFailed_IsReplyNotIndexed_WhateverTheCampaignRecords()
    {
        // Given a company the campaign still lists as silent, whose reply file arrived and could not be read
        // When deciding 2d
        var status = AnswerStatusRules.Decide(Silent, Question("2d"), [], hasReply: false, unreadReply: true);

        // Then
        Assert.Equal(AnswerStatus.ReplyNotIndexed, status);
    }

    [Fact]
    public void ReplyWithNothingForTheQuestion_WhileAnotherFileOfTheCompanyFailed_IsReplyNotIndexed()
    {
        // Given a cover letter answering 1a, and an annex that could not be read
        var segments = new[] { Answer("1a", P(Long, Topic.ProductsAndClients)) };

        // When deciding 2d and 1a
        var missing = AnswerStatusRules.Decide(Responded, Question("2d"), segments, hasReply: true, unreadReply: true);
        var answered = AnswerStatusRules.Decide(Responded, Question("1a"), segments, hasReply: true, unreadReply: true);

        // Then 2d may be answered in the annex: not "not addressed"; 1a is answered in the letter
        Assert.Equal((AnswerStatus.ReplyNotIndexed, AnswerStatus.Answered), (missing, answered));
    }
}
