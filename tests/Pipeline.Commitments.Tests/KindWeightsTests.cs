using System.Collections.Immutable;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Tests;

/// <summary>Per-kind decision weights: how a kind is decided from probabilities, re-deciding recorded outcomes, and choosing weights.</summary>
public sealed class KindWeightsTests
{
    private static readonly ImmutableDictionary<StatementKind, double> ClaimOrNone = new Dictionary<StatementKind, double>
    {
        [StatementKind.Commitment] = 0.05, [StatementKind.Claim] = 0.5, [StatementKind.Refusal] = 0.05, [StatementKind.None] = 0.4,
    }.ToImmutableDictionary();

    [Fact]
    public void Decide_NoneWeighedMore_TurnsAnUncertainClaimToNone_AndNormalises()
    {
        var neutral = KindWeights.Neutral.Decide(ClaimOrNone);
        var cautious = new KindWeights(1, 1, 1, 2).Decide(ClaimOrNone);

        Assert.Equal(StatementKind.Claim, neutral.Kind);
        Assert.Equal(StatementKind.None, cautious.Kind);
        Assert.Equal(0.8 / 1.4, cautious.Score, 6);
        Assert.Equal(1.0, cautious.Scores.Values.Sum(), 6);
    }

    [Fact]
    public void Reweigh_KeepsTheRecordedProbabilities_AndAGuardedSentenceNone()
    {
        // Given two outcomes recorded with neutral weights: a claim the guard let through, and the same scores on a heading
        var scores = new StatementScores("model",
        [
            Outcome("c1", StatementKind.Claim, candidate: true),
            Outcome("c2", StatementKind.None, candidate: false),
        ]);

        // When they are re-decided twice, with "none" weighed up and then back to neutral
        var cautious = StatementEvaluator.Reweigh(scores, new KindWeights(1, 1, 1, 2));
        var back = StatementEvaluator.Reweigh(cautious, KindWeights.Neutral);

        // Then the weights do not compound, and the guarded sentence stays none whatever the weights
        Assert.Equal([StatementKind.None, StatementKind.None], cautious.Outcomes.Select(o => o.Predicted));
        Assert.Equal([StatementKind.Claim, StatementKind.None], back.Outcomes.Select(o => o.Predicted));
    }

    [Fact]
    public void Choose_PrefersWeightsThatMeetBothTargets()
    {
        // Given ten claims the model gives 0.5 against none 0.4, and ten none sentences it gives 0.45 against none 0.5
        var outcomes = Enumerable.Range(0, 10).Select(i => Outcome($"c{i}", StatementKind.Claim, candidate: true))
            .Concat(Enumerable.Range(0, 10).Select(i => Outcome($"n{i}", StatementKind.None, candidate: true, claim: 0.45, none: 0.5)));

        // When weights are chosen
        var (weights, chosen) = KindWeightSearch.Choose(new StatementScores("model", [.. outcomes]));

        // Then every claim is kept and no none sentence listed: precision and recall 1
        Assert.Equal((1.0, 1.0), (chosen.MicroPrecision, chosen.MicroRecall));
        Assert.True(weights.Claim / weights.None > 0.4 / 0.5 && weights.Claim / weights.None < 0.5 / 0.45, weights.ToString());
    }

    private static SentenceOutcome Outcome(string id, StatementKind labelled, bool candidate, double claim = 0.5, double none = 0.4) =>
        new(new LabelledSentence(id, "We sold two systems in 2021.", labelled, "en", id), StatementKind.None, 0, null, null)
        {
            Candidate = candidate,
            Scores = new Dictionary<StatementKind, double>
            {
                [StatementKind.Commitment] = (1 - claim - none) / 2, [StatementKind.Claim] = claim, [StatementKind.Refusal] = (1 - claim - none) / 2, [StatementKind.None] = none,
            }.ToImmutableDictionary(),
        };
}
