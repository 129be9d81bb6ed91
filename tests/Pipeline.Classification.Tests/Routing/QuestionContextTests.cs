using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

public sealed class QuestionContextTests
{
    private const string Consultation = "We have not consulted migrants, but our contracts forbid any use that is not agreed.";
    private const string Licence = "Every delivery outside the Union needs a dual-use licence from the national authority.";

    private static readonly KeywordClassifier Classifier = new(
        ("consulted", Topic.StakeholderEngagement, 0.4),
        ("licence", Topic.ExportControl, 0.95));

    [Fact]
    public void AnswerUnderAQuestion_WhoseWordsAreUnsure_TakesTheQuestionsTopic()
    {
        // Given a paragraph under the mitigation question (2c) whose words lean only weakly to stakeholder engagement (0.4)
        var reply = Reply("Aldercrest", Answer("2c", P(Consultation)));

        // When classified with the question as context, and with the words alone
        var withContext = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments).Passages[0];
        var wordsAlone = Assert.Single(new SegmentClassifier(Classifier, RoutingOptions.Default with { QuestionTopicWeight = 0 }).Classify(reply, Mena).Segments).Passages[0];

        // Then the question tips it to mitigation, with the renormalised probability: each other topic had 0.6 / 11, and
        // mitigation's is multiplied by 1 + the weight (8 by default)
        const double rest = 0.6 / 11;
        Assert.Equal(8, RoutingOptions.Default.QuestionTopicWeight);
        Assert.Equal(Topic.Mitigation, withContext.Topic);
        Assert.Equal(rest * 9 / (0.4 + (rest * 10) + (rest * 9)), withContext.TopicScore, 3);
        Assert.Equal(Topic.StakeholderEngagement, wordsAlone.Topic);
        Assert.Equal(0.4, wordsAlone.TopicScore, 3);
    }

    [Fact]
    public void AnswerUnderAQuestion_WhoseWordsAreSure_KeepsItsOwnTopic()
    {
        // Given a licensing paragraph (0.95 export control) under the due-diligence question (2a)
        var reply = Reply("Aldercrest", Answer("2a", P(Licence)));

        // When classified with the question as context
        var passage = Assert.Single(new SegmentClassifier(Classifier).Classify(reply, Mena).Segments).Passages[0];

        // Then the words win: export control, a little less sure than alone
        Assert.Equal(Topic.ExportControl, passage.Topic);
        Assert.InRange(passage.TopicScore, 0.8, 0.95);
    }

    [Fact]
    public void GeneralText_HasNoQuestionToLeanOn()
    {
        // Given the same unsure paragraph in general text (not tied to any question)
        var reply = Reply("Aldercrest", General(P(Consultation)));

        // When classified
        var passages = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments.SelectMany(s => s.Passages);

        // Then its topic is the words' own
        Assert.Equal(Topic.StakeholderEngagement, Assert.Single(passages).Topic);
    }
}
