using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

/// <summary>Where a prose paragraph goes by what its sentences say and by what a refusal names.</summary>
public sealed class RoutingEvidenceTests
{
    // The first keyword found decides: a paragraph holding "hotline" reads as grievance whatever else it says.
    private static readonly KeywordClassifier Classifier = new(
        ("hotline", Topic.GrievanceMechanism, 0.9),
        ("policy", Topic.PolicyCommitment, 0.9),
        ("maybe", Topic.Mitigation, 0.6),
        ("confidential", Topic.ConfidentialityDecline, 0.9),
        ("vaguely", Topic.PolicyCommitment, 0.4),
        ("sensitive", Topic.ConfidentialityDecline, 0.45));

    [Fact]
    public void Paragraph_WithASentenceSurelyAboutAnotherTopic_AlsoAnswersThatTopicsQuestion()
    {
        // Given a grievance paragraph one of whose sentences is, read alone, surely about the human rights policy
        var reply = Reply("Aldercrest", General(P("People outside the company can use our hotline, run by an independent provider. Our human rights policy was adopted by the board in 2021 and covers these reports.")));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it answers the grievance question and the policy question
        Assert.Equal(["2d", "2e"], segment.Questions.Select(q => q.Value));
        Assert.Equal(SegmentMethod.Topic, segment.Method);
    }

    [Fact]
    public void Paragraph_WithAnUnsureOrShortOtherSentence_AnswersItsOwnTopicsQuestionOnly()
    {
        // Given a grievance paragraph with a sentence the classifier is unsure of, and one too short to count
        var reply = Reply("Aldercrest", General(P("People outside the company can use our hotline, run by an independent provider. We maybe add more safeguards over the next years. Policy applies.")));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then 0.6 is below the sentence minimum 0.65 and "Policy applies." has two words: grievance alone
        Assert.Equal(["2d"], segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void UnsureParagraph_GoesWhereItsSureSentencesPoint()
    {
        // Given a paragraph the classifier is unsure of as a whole (0.4), one of whose sentences is surely about the hotline
        var reply = Reply("Aldercrest", General(P("We vaguely describe our general approach to these matters in several documents. Anyone outside the company can reach our hotline at any time of day.")));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it answers the grievance question by topic
        Assert.Equal(["2d"], segment.Questions.Select(q => q.Value));
    }

    [Theory]
    [InlineData("We supply coastal radars to the coast guards of Morocco and Mauritania.", new[] { "1a", "1b" })]
    [InlineData("We supply thermal cameras to the coast guards of Morocco and Mauritania.", new[] { "1a" })]
    public void ProductsParagraph_AlsoAnswersTheDeploymentQuestion_UnlessTheClassifierAllButRulesItOut(string text, string[] questions)
    {
        // Given a classifier reading both paragraphs as products and clients: radars at 0.7 (deployment scale then
        // gets 0.027), cameras at 0.95 (deployment scale 0.0045)
        var classifier = new KeywordClassifier(("radars", Topic.ProductsAndClients, 0.7), ("cameras", Topic.ProductsAndClients, 0.95));
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then the sibling topic at 0.02 or more adds its question (what is supplied where, and how much of it)
        Assert.Equal(questions, segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void RefusalOfTheWholeQuestionnaire_DoesNotKeepTheDeploymentQuestionFromAProductsParagraph()
    {
        // Given a letter refusing the questionnaire as a whole, then describing its products (deployment scale at 0.027)
        var classifier = new KeywordClassifier(("radars", Topic.ProductsAndClients, 0.7), ("confidential", Topic.ConfidentialityDecline, 0.9));
        var reply = Reply("Aldercrest", General(
            P("As a supplier to ministries we are confidential about this, and are therefore not able to respond to the individual questions in your letter.", 0),
            P("We supply coastal radars to the coast guards of Morocco and Mauritania.", 1)));

        // When classified
        var segments = new SegmentClassifier(classifier).Classify(reply, Mena).Segments;

        // Then the products paragraph answers 1a and 1b (the refusal answers no question by its topic), and the refusal
        // declines the rest
        Assert.Equal(["1a", "1b"], segments.Single(s => s.Passages[0].Text.Contains("radars", StringComparison.Ordinal)).Questions.Select(q => q.Value));
    }

    [Theory]
    [InlineData("We do not have a written human rights policy or a due diligence process of the kind you describe.", new[] { "2a", "2e" })]
    [InlineData("Our policy is to sell only to customers we know well, and we have done so for many years.", new[] { "2e" })]
    [InlineData("Our policy sets up a whistleblowing channel open to anyone.", new[] { "2d", "2e" })]
    [InlineData("Our policy is to sell only to known customers, and if that ever changes we will let you know.", new[] { "1c", "2e" })]
    public void Paragraph_NamingAQuestionsSubject_AlsoAnswersIt(string text, string[] questions)
    {
        // Given a paragraph read as policy (the keyword) that names other questions' subjects outright, or none
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then "due diligence" adds 2a, "whistleblowing" 2d and a promise to tell the asker 1c; "policy" alone names no
        // other question
        Assert.Equal(questions, segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void ParagraphSayingTheCompanyHasNoSuchClients_AnswersProductsAndDeployment()
    {
        // Given a paragraph on plans to stop (exit at 0.8, deployment scale 0.001) that says the company never sold to
        // governments of the region
        var classifier = new KeywordClassifier(("stop", Topic.ExitAndRestrictions, 0.8));
        var reply = Reply("Aldercrest", General(
            P("We have never sold anything to any government in the region, so there is nothing for us to stop.", 0)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then it answers 1a and 1b (nothing supplied, nothing deployed) as well as 3
        Assert.Equal(["1a", "1b", "3"], segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void ParagraphSayingTheCompanyHasNoSuchClients_LeavesDeployment_ToAParagraphOfItsOwn()
    {
        // Given the same paragraph and one of its own on numbers installed
        var classifier = new KeywordClassifier(("stop", Topic.ExitAndRestrictions, 0.8), ("installed", Topic.DeploymentScale, 0.9));
        var reply = Reply("Aldercrest", General(
            P("We have never sold anything to any government in the region, so there is nothing for us to stop.", 0),
            P("Our distributor has installed twelve cameras at two private ports since 2018.", 1)));

        // When classified
        var segments = new SegmentClassifier(classifier).Classify(reply, Mena).Segments;

        // Then the first answers 1a and 3, the second 1b
        Assert.Equal(["1a,3", "1b"], segments.Select(s => string.Join(",", s.Questions.Select(q => q.Value))));
    }

    [Fact]
    public void ProductsParagraph_LeavesTheDeploymentQuestion_ToAParagraphOfItsOwn()
    {
        // Given a products paragraph (deployment scale at 0.027) and a paragraph of its own on numbers installed
        var classifier = new KeywordClassifier(("radars", Topic.ProductsAndClients, 0.7), ("installed", Topic.DeploymentScale, 0.9));
        var reply = Reply("Aldercrest", General(
            P("We supply coastal radars to the coast guards of Morocco and Mauritania.", 0),
            P("Twelve stations have been installed at two ports since 2018, none at a border crossing.", 1)));

        // When classified
        var segments = new SegmentClassifier(classifier).Classify(reply, Mena).Segments;

        // Then the company kept the two apart, and so does routing: 1a, then 1b
        Assert.Equal(["1a", "1b"], segments.Select(s => string.Join(",", s.Questions.Select(q => q.Value))));
    }

    [Theory]
    [InlineData("Our contracts are confidential, so we cannot tell you the number of systems installed at each location.", new[] { "1b" })]
    [InlineData("Our contracts are confidential: we cannot identify the authorities we serve or provide lists of them in future.", new[] { "1a", "1c" })]
    [InlineData("Unsere Verträge sind confidential; Angaben zur Zahl der Anlagen liegen uns nicht vor.", new[] { "1b" })]
    [InlineData("Our contracts are confidential, so we are not able to provide lists of our government clients now or in the future.", new[] { "1c" })]
    [InlineData("Our contracts are confidential and we must respect that.", new[] { "1a", "1b", "1c" })]
    [InlineData("Our contracts are confidential, so we cannot describe our review procedures or safeguards.", new[] { "2a", "2c" })]
    [InlineData("Unsere Verträge sind confidential; Angaben zu Stückzahlen, Prüfverfahren und Schutzmaßnahmen im Einzelfall sind nicht möglich.", new[] { "1b", "2a", "2c" })]
    // Plans for the business are what question 3 asks about (issue 20, dev13: a German letter's one-line refusal).
    [InlineData("Über unsere Marktstrategie und kommende Geschäftsentscheidungen in dieser Region bleibt alles confidential.", new[] { "3" })]
    [InlineData("Our business decisions in the region are confidential, and so is any plan to withdraw from it.", new[] { "3" })]
    public void Refusal_GoesToTheQuestionsAskingForWhatItWithholds(string text, string[] questions)
    {
        // Given a confidentiality refusal that names what it withholds (or names nothing)
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified against the MENA questionnaire
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it declines the questions asking for that: customers 1a, numbers and places 1b, lists in future 1c (all three
        // when it names none), review procedures 2a, safeguards 2c and plans for the business 3 only when named
        Assert.Equal(questions, segment.Questions.Select(q => q.Value));
    }

    [Theory]
    [InlineData("As a supplier to ministries we are confidential about this, and are therefore not able to respond to the individual questions in your letter.")]
    [InlineData("Des procédures sont en cours et sont confidential, nous ne sommes donc pas en mesure de répondre à votre questionnaire.")]
    public void RefusalOfTheWholeQuestionnaire_DeclinesEveryQuestionNotAnsweredElsewhere(string refusal)
    {
        // Given a letter refusing the questionnaire as a whole, then pointing to its human rights policy
        var reply = Reply("Aldercrest", General(P(refusal, 0), P("Our human rights policy is public and applies to every sale we make.", 1)));

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then the refusal declines every question but 2e, which the policy paragraph answers
        Assert.Equal(["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3"], segments[0].Questions.Select(q => q.Value));
        Assert.Equal(["2e"], segments[1].Questions.Select(q => q.Value));
    }

    [Fact]
    public void ChoiceNotToSayMore_IsNotARefusalOfTheWholeQuestionnaire()
    {
        // Given a refusal that chooses not to go on, rather than saying it cannot answer
        var reply = Reply("Aldercrest", General(P("Our contracts are confidential and we do not propose to respond further to the individual questions raised.")));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it goes where a refusal naming nothing goes: the three disclosure questions
        Assert.Equal(["1a", "1b", "1c"], segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void SectionUnderAHeading_AnsweringTwoQuestions_IsSplitWhereASureParagraphPointsElsewhere()
    {
        // Given a section "Speaking up": a grievance paragraph, a policy paragraph, then the policy paragraph's translation (read as other)
        var section = new Segment(DocumentId, [QuestionId.General], SegmentMethod.Section, 0,
        [
            P("Speaking up", 0) with { Role = PassageRole.Question },
            P("Anyone outside the company can reach our hotline at any time of day.", 1),
            P("Our human rights policy was adopted by the board in 2021 and applies to all sales.", 2),
            P("تم اعتماد سياستنا لحقوق الإنسان من قبل مجلس الإدارة في عام 2021.", 3),
        ]);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(Reply("Aldercrest", section), Mena).Segments;

        // Then the heading goes with the first answer (2d), and the translation continues the answer before it (2e)
        Assert.Equal(["2d", "2e"], segments.Select(s => string.Join(",", s.Questions.Select(q => q.Value))));
        Assert.Equal([2, 2], segments.Select(s => s.Passages.Length));
    }

    [Theory]
    [InlineData("Because such figures are security-sensitive, we do not publish the number of aircraft delivered.", new[] { "1b" })]
    [InlineData("These matters are sensitive and we prefer to keep them between ourselves for now.", new string[0])]
    public void UnsureRefusal_GoesOnlyToTheQuestionsAskingForWhatItNames(string text, string[] questions)
    {
        // Given a paragraph the classifier leans to read as a refusal, unsure (0.45, below the 0.5 minimum)
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then naming the numbers withheld sends it to the deployment question; naming nothing leaves it general
        Assert.Equal(questions, segment.IsGeneral ? [] : segment.Questions.Select(q => q.Value).ToArray());
    }

    [Theory]
    [InlineData("How we assess risk", new[] { "2a", "2e" })]
    [InlineData("Do you carry out human rights due diligence?", new[] { "2a" })]
    public void ParagraphUnderATopicalTitle_SurelyAboutAQuestionAnsweredNowhere_GoesToThatQuestion(string title, string[] questions)
    {
        // Given an answer to 2a under a restated heading, whose second paragraph is surely about the human rights policy (2e, answered nowhere else)
        var answer = new Segment(DocumentId, [QuestionId.Parse("2a")], SegmentMethod.Restated, 0.7,
        [
            P(title, 0) with { Role = PassageRole.Question },
            P("We look at the end user and the intended use before every offer we make.", 1),
            P("Such sales must be approved by two directors under our human rights policy.", 2),
        ]);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(Reply("Aldercrest", answer), Mena).Segments;

        // Then under a topical title the policy paragraph answers 2e; under the question as asked, everything stays 2a
        Assert.Equal(questions, segments.Select(s => s.PrimaryQuestion.Value));
        Assert.Equal(SegmentMethod.Restated, segments[0].Method);
    }
}
