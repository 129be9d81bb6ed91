using System.Collections.Immutable;
using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

public sealed class SegmentClassifierTests
{
    private const double LowestMarkerConfidence = 0.8;

    private const string Grievance = "People affected by our systems can raise a complaint through our whistleblowing hotline.";
    private const string Greeting = "Thank you for your letter of July and for your interest in our company.";
    private const string Licence = "All deliveries outside the Union need a dual-use licence from the national authority.";
    private const string Refusal = "We do not comment on this: our contracts are confidential and we must respect that.";

    private static readonly KeywordClassifier Classifier = new(
        ("hotline", Topic.GrievanceMechanism, 0.9),
        ("licence", Topic.ExportControl, 0.95),
        ("confidential", Topic.ConfidentialityDecline, 0.9),
        ("unsure", Topic.Mitigation, 0.4),
        ("safeguard", Topic.Mitigation, 0.8),
        ("assessment", Topic.DueDiligence, 0.6));

    [Fact]
    public void GeneralGrievanceParagraph_IsRoutedToTheGrievanceQuestion_LessConfidentThanAMarker()
    {
        // Given a general segment holding one grievance paragraph
        var reply = Reply("Aldercrest", General(P(Grievance)));

        // When classified against the MENA questionnaire, by the routing rule alone and as shipped (calibrated)
        var ruled = Assert.Single(new SegmentClassifier(Classifier, RoutingOptions.Default with { Calibration = AttributionCalibration.None }).Classify(reply, Mena).Segments);
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it answers 2d by topic, by the rule with confidence 0.9 × 0.7, below any marker's; calibrated, with how
        // often such routings were right (the shipped table's step for 0.63)
        Assert.Equal([QuestionId.Parse("2d")], segment.Questions.ToArray());
        Assert.Equal(SegmentMethod.Topic, segment.Method);
        Assert.Equal(0.63, ruled.Confidence, 3);
        Assert.True(ruled.Confidence < LowestMarkerConfidence);
        Assert.Equal(AttributionCalibration.Shipped.Of(SegmentMethod.Topic, 0.63), segment.Confidence, 3);
        Assert.True(segment.Confidence < AttributionCalibration.Shipped.Of(SegmentMethod.Marker, 0.95));
        Assert.Equal(Topic.GrievanceMechanism, segment.Topic);
    }

    [Fact]
    public void GeneralParagraph_IsNotRoutedToAQuestionTheReplyAnsweredExplicitly_UnlessAsked()
    {
        // Given a reply that answers 2d under its marker, and says something about grievances again in a general paragraph
        var reply = Reply("Aldercrest", Answer("2d", P("2d) Our hotline is open to everyone.", 0)), General(P(Grievance, 1)));

        // When classified, by default and with OnlyUnanswered off
        var byDefault = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;
        var everywhere = new SegmentClassifier(Classifier, RoutingOptions.Default with { OnlyUnanswered = false }).Classify(reply, Mena).Segments;

        // Then the marked answer stands alone by default; the general paragraph joins it only when asked
        Assert.Equal(["2d", "general"], byDefault.Select(s => s.PrimaryQuestion.Value));
        Assert.Equal(["2d", "2d"], everywhere.Select(s => s.PrimaryQuestion.Value));
    }

    [Fact]
    public void QuestionQuotedBelowAnEmail_DoesNotCountAsAnswered_SoTheReplysProseIsStillRouted()
    {
        // Given a grievance paragraph in the reply's own text, and below it the asker's message quoting question 2d
        var quoted = new Segment(DocumentId, [QuestionId.Parse("2d")], SegmentMethod.Quoted, 0.95,
            [P("d. Does your company have a grievance mechanism in place?", 1) with { Role = PassageRole.Question }]);
        var reply = Reply("Aldercrest", General(P(Grievance, 0)), quoted);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then the paragraph answers 2d: a question the reply only quotes is not one it answered
        Assert.Equal(["2d", "2d"], segments.Select(s => s.PrimaryQuestion.Value));
        Assert.Equal(SegmentMethod.Topic, segments[0].Method);
    }

    [Fact]
    public void JointAnswer_WhoseParagraphsTakeTheQuestionsInTurn_IsSplitByTheirTopics()
    {
        // Given "2(b)–(d):" answered in three paragraphs: one the marker carries, then one surely on grievance, one surely
        // on export licensing (no question of the pair), and one on safeguards
        var reply = Reply("Aldercrest", Answer(["2b", "2c", "2d"],
            P("2(b)–(d): We answer these together.", block: 0),
            P(Grievance, block: 1),
            P("Each safeguard is written into the contract.", block: 2),
            P(Licence, block: 3)));

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then the grievance paragraph answers 2d alone and the safeguard one 2c alone; the marked paragraph and the one on
        // a topic of none of them stay with all three, still tied by the company's marker
        Assert.Equal(["2b,2c,2d", "2d", "2c", "2b,2c,2d"], segments.Select(s => string.Join(',', s.Questions)));
        Assert.All(segments, s => Assert.Equal(SegmentMethod.Marker, s.Method));
    }

    [Fact]
    public void JointAnswer_WithOneParagraphOnOneOfItsQuestions_StaysWhole()
    {
        // Given "2(c)–(d):" with only its grievance paragraph read surely
        var reply = Reply("Aldercrest", Answer(["2c", "2d"], P("2(c)–(d): We answer these together.", block: 0), P(Grievance, block: 1)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then one paragraph going to one question is no sign the answer takes them in turn
        Assert.Equal(["2c", "2d"], segment.Questions.Select(q => q.ToString()));
    }

    [Fact]
    public void GeneralOtherParagraph_StaysGeneral()
    {
        // Given a general segment holding a greeting (classified other)
        var reply = Reply("Aldercrest", General(P(Greeting)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it stays general, method none, but its passage is labelled
        Assert.True(segment.IsGeneral);
        Assert.Equal(SegmentMethod.None, segment.Method);
        Assert.Equal(Topic.Other, segment.Passages[0].Topic);
        Assert.Equal(Topic.Other, segment.Topic);
    }

    [Theory]
    [InlineData(Licence, Topic.ExportControl, new[] { "2a" })]
    [InlineData(Refusal, Topic.ConfidentialityDecline, new[] { "1a", "1b", "1c" })]
    public void GeneralParagraph_WithATopicNoQuestionExpects_GoesToTheQuestionsOfARelatedTopic(string text, Topic topic, string[] questions)
    {
        // Given an export-control paragraph or a confidentiality refusal: no MENA question expects either topic
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then licensing answers the due-diligence question, and the refusal the three disclosure questions, by topic
        Assert.Equal(questions, segment.Questions.Select(q => q.Value));
        Assert.Equal(SegmentMethod.Topic, segment.Method);
        Assert.Equal(topic, segment.Topic);
    }

    [Fact]
    public void GeneralParagraph_WithATopicNeitherExpectedNorRelated_StaysGeneral()
    {
        // Given an export-control paragraph, and routing without related topics
        var reply = Reply("Aldercrest", General(P(Licence)));
        var options = RoutingOptions.Default with { RelatedTopics = ImmutableDictionary<Topic, ImmutableArray<Topic>>.Empty };

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier, options).Classify(reply, Mena).Segments);

        // Then it stays general, labelled export_control
        Assert.True(segment.IsGeneral);
        Assert.Equal(Topic.ExportControl, segment.Topic);
    }

    [Fact]
    public void GeneralSegment_IsSplitAroundRoutedParagraphs_InReadingOrder()
    {
        // Given greeting, two grievance paragraphs, then a closing greeting, all general
        var reply = Reply("Aldercrest", General(P(Greeting, 0), P(Grievance, 1), P(Grievance + " It is open to everyone.", 2), P(Greeting, 3)));

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then general [greeting], 2d [both grievance paragraphs, merged], general [greeting]
        Assert.Equal(["general", "2d", "general"], segments.Select(s => s.PrimaryQuestion.Value));
        Assert.Equal([1, 2, 1], segments.Select(s => s.Passages.Length));
        Assert.Equal([0, 1, 2, 3], segments.SelectMany(s => s.Passages).Select(p => p.BlockIndex));
    }

    [Fact]
    public void ConsecutiveRoutedParagraphs_AreSeparate_WhenMergingIsOff()
    {
        // Given two consecutive grievance paragraphs
        var reply = Reply("Aldercrest", General(P(Grievance, 0), P(Grievance, 1)));

        // When classified with MergeConsecutive off
        var segments = new SegmentClassifier(Classifier, RoutingOptions.Default with { MergeConsecutive = false }).Classify(reply, Mena).Segments;

        // Then each is its own 2d segment
        Assert.Equal(["2d", "2d"], segments.Select(s => s.PrimaryQuestion.Value));
    }

    [Theory]
    [InlineData("We are unsure whether this counts, but we apply controls.", "score 0.4 is below the 0.5 minimum")]
    [InlineData("Our hotline.", "two words are below the six-word minimum")]
    public void UnsureOrShortParagraph_StaysGeneral(string text, string why)
    {
        // Given a general paragraph the classifier is unsure about, or a very short one
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then it is not routed
        Assert.True(segment.IsGeneral, why);
    }

    [Theory]
    [InlineData(0.36, 0.10, false)]
    [InlineData(0.10, 0.36, true)]
    public void ParagraphTornBetweenTwoSubstantiveTopics_IsRoutedByItsTopic_OneTornWithOther_StaysGeneral(double mitigation, double other, bool general)
    {
        // Given a paragraph the classifier reads as due diligence at 0.42 (below the 0.5 minimum), with mitigation or other next
        var classifier = new FixedScoresClassifier((Topic.DueDiligence, 0.42), (Topic.Mitigation, mitigation), (Topic.Other, other));
        var reply = Reply("Aldercrest", General(P("Every prospective customer is subject to a thorough compliance review before any offer is made.")));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then torn between two answers it answers the due diligence question; torn between an answer and letter furniture it stays general
        Assert.Equal(general, segment.IsGeneral);
        Assert.Equal(general ? [] : ["2a", "2c"], segment.IsGeneral ? [] : segment.Questions.Select(q => q.Value).ToArray());
    }

    [Theory]
    [InlineData("Yours sincerely, Graham Tolley, Head of Ethics, Enc.: Annex A – Extract from our Human Rights Policy", true)]
    [InlineData("Enc.: Annex A – Extract from our Human Rights Policy (version 3, March 2022)", true)]
    [InlineData("P.J. : extrait de notre politique droits humains (articles 1 à 4)", true)]
    [InlineData("Our Human Rights Policy was adopted by the Board in 2020 and applies to all sales.", false)]
    public void SignOffOrEnclosureNote_StaysGeneral_HoweverSureItsTopic(string text, bool general)
    {
        // Given a paragraph the classifier reads as the human rights policy at 0.9
        var classifier = new FixedScoresClassifier((Topic.PolicyCommitment, 0.9));
        var reply = Reply("Aldercrest", General(P(text)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then a sign-off (with the signatory and the enclosure note a PDF joined to it) or a note of what is enclosed
        // answers nothing; a paragraph about the policy answers 2e
        Assert.Equal(general, segment.IsGeneral);
    }

    [Fact]
    public void HeadingBlock_IsNotRouted()
    {
        // Given a general passage that comes from a heading block
        var blocks = new[] { new Block(0, BlockKind.Heading, Grievance, 1) };
        var reply = Reply("Aldercrest", [.. blocks], General(P(Grievance, 0)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then only prose is routed: it stays general
        Assert.True(segment.IsGeneral);
    }

    [Fact]
    public void MarkerSegment_KeepsItsQuestion_AndTakesTheTopicCoveringMostText()
    {
        // Given a 2c answer: a long safeguards paragraph (0.8) and a short assessment sentence (0.6)
        var reply = Reply("Aldercrest", Answer("2c",
            P("Each contract carries safeguard clauses, end-user certificates and operator training, audited every year on site."),
            P("A risk assessment precedes sales.")));

        // When classified by the words alone (the question as context is QuestionContextTests' subject)
        var wordsAlone = RoutingOptions.Default with { QuestionTopicWeight = 0 };
        var segment = Assert.Single(new SegmentClassifier(Classifier, wordsAlone).Classify(reply, Mena).Segments);

        // Then the marker tie stands; topic = mitigation (most text), topics by share, score = mean of mitigation passages
        Assert.Equal((SegmentMethod.Marker, "2c"), (segment.Method, segment.PrimaryQuestion.Value));
        Assert.Equal(Topic.Mitigation, segment.Topic);
        Assert.Equal([Topic.Mitigation, Topic.DueDiligence], segment.Topics.ToArray());
        Assert.Equal(0.8, segment.TopicScore, 3);
    }

    [Fact]
    public void ClassifiedPassages_AreNotClassifiedAgain()
    {
        // Given a reply already classified once
        var classifier = new KeywordClassifier(("hotline", Topic.GrievanceMechanism, 0.9));
        var stage = new SegmentClassifier(classifier);
        var once = stage.Classify(Reply("Aldercrest", General(P(Greeting, 0), P(Grievance, 1))), Mena);
        var calls = classifier.Calls;

        // When classified again
        var twice = stage.Classify(once, Mena);

        // Then nothing is asked of the model and the segments are the same
        Assert.Equal(2, calls);
        Assert.Equal(calls, classifier.Calls);
        Assert.Equal(once.Segments.Select(s => (s.PrimaryQuestion, s.Method, s.Confidence, s.Topic)), twice.Segments.Select(s => (s.PrimaryQuestion, s.Method, s.Confidence, s.Topic)));
    }

    [Fact]
    public void StructurePassages_GetNoTopic_AndTheSegmentsTopicIsItsAnswers()
    {
        // Given a table row: label, the question restated (naming a hotline), and a confidential answer
        var reply = Reply("Aldercrest", Answer("2d",
            P("2d") with { Role = PassageRole.Label },
            P("Do you run a grievance hotline for people to raise concerns?") with { Role = PassageRole.Question },
            P(Refusal)));

        // When classified
        var segment = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);

        // Then only the answer is labelled, and the segment's topics are the answer's
        Assert.Equal([null, null, Topic.ConfidentialityDecline], segment.Passages.Select(p => p.Topic));
        Assert.Equal([Topic.ConfidentialityDecline], segment.Topics.ToArray());
    }

    [Fact]
    public void WithTheAnswerTopicsModel_AQuestionItIsSureOfIsAdded()
    {
        // Given a general paragraph on consultation and safeguards, which the topic classifier reads as safeguards alone
        const string both = "We met refugee associations in the camps, and our contracts forbid resale of the safeguard equipment.";
        var reply = Reply("Aldercrest", General(P(both)));

        // When classified without and with the answer-topics model
        var alone = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments);
        var withModel = Assert.Single(new SegmentClassifier(Classifier, RoutingOptions.Default, SmallAnswerTopics.Model).Classify(reply, Mena).Segments);

        // Then the rules send it to 2c; the model, sure it speaks of consultation, adds 2b
        Assert.Equal([QuestionId.Parse("2c")], alone.Questions.ToArray());
        Assert.Equal([QuestionId.Parse("2b"), QuestionId.Parse("2c")], withModel.Questions.ToArray());
        Assert.Equal(SegmentMethod.Topic, withModel.Method);
    }

    [Fact]
    public void WithTheAnswerTopicsModel_AQuestionOfAnImplausibleTopicIsDropped()
    {
        // Given a paragraph on complaints that the topic classifier reads as grievance 0.6 and mitigation 0.35
        var classifier = new FixedScoresClassifier((Topic.GrievanceMechanism, 0.6), (Topic.Mitigation, 0.35));
        var reply = Reply("Aldercrest", General(P("Anyone may send a complaint to our whistleblowing hotline, which an ombudsperson reads.")));

        // When classified without and with the answer-topics model
        var alone = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);
        var withModel = Assert.Single(new SegmentClassifier(classifier, RoutingOptions.Default, SmallAnswerTopics.Model).Classify(reply, Mena).Segments);

        // Then the second topic adds 2c by the rules; the model finds safeguards implausible and keeps 2d alone
        Assert.Equal([QuestionId.Parse("2c"), QuestionId.Parse("2d")], alone.Questions.ToArray());
        Assert.Equal([QuestionId.Parse("2d")], withModel.Questions.ToArray());
    }

    [Fact]
    public void WithTheAnswerTopicsModel_AParagraphTheClassifierReadsAsOtherStaysGeneral()
    {
        // Given a greeting, which the topic classifier reads as other
        var reply = Reply("Aldercrest", General(P(Greeting)));

        // When classified with the answer-topics model
        var segment = Assert.Single(new SegmentClassifier(Classifier, RoutingOptions.Default, SmallAnswerTopics.Model).Classify(reply, Mena).Segments);

        // Then it stays general: the model says which questions an answer answers, not whether it is one
        Assert.True(segment.IsGeneral);
    }
}
