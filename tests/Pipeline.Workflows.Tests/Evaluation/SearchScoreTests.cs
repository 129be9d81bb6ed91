using Pipeline.Search.Querying;
using Pipeline.Workflows.Evaluation.Search;

namespace Pipeline.Workflows.Tests.Evaluation;

public sealed class SearchScoreTests
{
    // Three judged passages: two in reply A (grades 2 and 1, in segments a#0 and a#3), one in reply B (grade 2, in b#1).
    private static readonly Located[] Gold =
    [
        new(new JudgedPassage("demo", "A", "first excerpt", 2), ["a#0"]),
        new(new JudgedPassage("demo", "A", "second excerpt", 1), ["a#3"]),
        new(new JudgedPassage("demo", "B", "third excerpt", 2), ["b#1"]),
    ];

    [Fact]
    public void Score_PerfectRanking_IsOneEverywhere()
    {
        var score = SearchEvaluation.Score(SearchMode.Keyword, ["a#0", "b#1", "a#3"], Gold);

        Assert.Equal((1.0, 1.0, 1.0), (score.RecallAt20, score.NdcgAt10, score.RepliesAt20));
    }

    [Fact]
    public void Score_OneRelevantAtRankTwo_CountsItsGradeDiscounted()
    {
        // Given a ranking that finds only the grade-1 passage, second
        var score = SearchEvaluation.Score(SearchMode.Semantic, ["x#9", "a#3"], Gold);

        // Then recall 1/3, replies 1/2, and nDCG = (1 / log2 3) / (2 + 2 / log2 3 + 1 / 2)
        Assert.Equal(1.0 / 3, score.RecallAt20, 10);
        Assert.Equal(0.5, score.RepliesAt20, 10);
        Assert.Equal((1 / Math.Log2(3)) / (2 + (2 / Math.Log2(3)) + 0.5), score.NdcgAt10, 10);
    }

    [Fact]
    public void Score_SameSegmentTwice_CreditsItsPassageOnce()
    {
        // Given a segment holding two judged passages, returned twice (as two modes might), and a hit past rank 20
        Located[] gold = [new(new JudgedPassage("demo", "A", "e1", 2), ["a#0"]), new(new JudgedPassage("demo", "A", "e2", 2), ["a#0"])];
        string[] hits = [.. Enumerable.Repeat("a#0", 2)];

        var score = SearchEvaluation.Score(SearchMode.Hybrid, hits, gold);

        // Then both passages count as found at rank 1, with the gain of one (its best grade), and nothing twice
        Assert.Equal(1.0, score.RecallAt20);
        Assert.Equal(2 / (2 + (2 / Math.Log2(3))), score.NdcgAt10, 10);
    }

    [Fact]
    public void Score_PastRankTwenty_IsNotFound()
    {
        string[] hits = [.. Enumerable.Range(0, 20).Select(i => $"x#{i}"), "a#0"];

        var score = SearchEvaluation.Score(SearchMode.Keyword, hits, Gold);

        Assert.Equal((0.0, 0.0, 0.0), (score.RecallAt20, score.NdcgAt10, score.RepliesAt20));
    }
}
