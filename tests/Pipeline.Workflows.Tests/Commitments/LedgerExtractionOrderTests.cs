using System.Collections.Immutable;
using Pipeline.Commitments;
using Pipeline.Commitments.Classifying;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>
/// The ledger reads paragraphs on several threads (issue 17): what it lists must still be what reading them one after
/// another gives, and an extractor's failure must surface as itself.
/// </summary>
public sealed class LedgerExtractionOrderTests
{
    private const string Policy = "We will publish our human rights policy by the end of 2024.";
    private const string Training = "We will also train our sales staff on these rules every year.";

    private static readonly Campaign Campaign = new(
        "order",
        "Ledger order",
        [.. new[] { "1a", "1b" }.Select(id => new Question(QuestionId.Parse(id), id[..1], $"Question {id}?", Topic.DueDiligence))],
        [new Company("Alder Systems", [], null, ResponseStatus.Responded)]);

    [Fact]
    public void SameQuoteInTwoAnswers_IsListedOnce_UnderTheFirstAnswer_EvenWhenTheFirstIsReadLast()
    {
        // Given a reply whose first answer (1a) holds the quote and takes longer to classify than the second (1b), which repeats it
        var segments = new List<IndexedSegment> { Segment(0, "1a", $"{Policy} {Training}") };
        segments.AddRange(Enumerable.Range(1, 7).Select(i => Segment(i, "1b", Policy)));
        var extractor = new StatementExtractor(new EveryoneCommits(slowWhenSentences: 2));

        // When the ledger is built
        var ledger = LedgerBuilder.Build(Campaign, segments, [], extractor);

        // Then the quote is listed once, under the first answer, followed by the rest of that answer
        Assert.Equal([Policy, Training], ledger.Items.Select(i => i.Statement.Text));
        var policy = ledger.Items[0];
        Assert.Equal(0, policy.Segment);
        Assert.Equal(["1a"], policy.Questions.Select(q => q.Value));
    }

    [Fact]
    public void ClassifierFailure_SurfacesAsItself_NotWrappedByTheThreads()
    {
        // Given an extractor whose classifier fails
        var segments = Enumerable.Range(0, 4).Select(i => Segment(i, "1a", Policy)).ToList();
        var extractor = new StatementExtractor(new Failing());

        // When / Then the ledger fails with the classifier's own exception
        var thrown = Assert.Throws<InvalidOperationException>(() => LedgerBuilder.Build(Campaign, segments, [], extractor));
        Assert.Equal("the classifier failed", thrown.Message);
    }

    private static IndexedSegment Segment(int ordinal, string question, string text) =>
        new(Campaign.Id, new string('d', 64), ordinal, "Alder Systems", [QuestionId.Parse(question)], text, [1], SegmentMethod.Marker, 0.9, "en")
        {
            Topic = Topic.DisclosureCommitment,
            FileName = "alder.pdf",
        };

    /// <summary>Every sentence a commitment; a paragraph of <c>slowWhenSentences</c> sentences waits first, so it finishes after the others.</summary>
    private sealed class EveryoneCommits(int slowWhenSentences) : IStatementClassifier
    {
        public IReadOnlyList<StatementPrediction> Classify(IReadOnlyList<string> sentences)
        {
            if (sentences.Count == slowWhenSentences)
            {
                Thread.Sleep(300);
            }

            var scores = StatementKinds.All.ToImmutableDictionary(k => k, k => k == StatementKind.Commitment ? 1.0 : 0.0);
            return [.. sentences.Select(_ => new StatementPrediction(StatementKind.Commitment, 1.0, scores))];
        }
    }

    private sealed class Failing : IStatementClassifier
    {
        public IReadOnlyList<StatementPrediction> Classify(IReadOnlyList<string> sentences) =>
            throw new InvalidOperationException("the classifier failed");
    }
}
