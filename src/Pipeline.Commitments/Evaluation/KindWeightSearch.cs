using System.Collections.Immutable;
using Pipeline.Commitments.Classifying;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// Chooses the per-kind decision weights on cross-validated probabilities: every combination of a small grid is tried
/// and the one that brings micro precision and recall nearest their targets kept — the larger of the two shortfalls
/// (precision under 0.85, recall under 0.80, as shares of the targets) as small as possible; ties go to the weights
/// nearest 1, then to higher precision. Cheap, since no model is trained again.
/// </summary>
public static class KindWeightSearch
{
    private static readonly ImmutableArray<double> KindGrid = [0.5, 0.75, 1, 1.25, 1.5, 2];
    private static readonly ImmutableArray<double> NoneGrid = [1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3];

    public static (KindWeights Weights, StatementScores Scores) Choose(StatementScores probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var candidates =
            from commitment in KindGrid
            from claim in KindGrid
            from refusal in KindGrid
            from none in NoneGrid
            select new KindWeights(commitment, claim, refusal, none);
        return candidates
            .Select(w => (Weights: w, Scores: StatementEvaluator.Reweigh(probabilities, w)))
            .OrderByDescending(c => Math.Round(Margin(c.Scores), 4))
            .ThenBy(c => Distance(c.Weights))
            .ThenByDescending(c => c.Scores.MicroPrecision)
            .First();
    }

    public const double PrecisionTarget = 0.85;
    public const double RecallTarget = 0.80;

    /// <summary>The smaller of precision and recall as shares of their targets: above 1 when both are met.</summary>
    public static double Margin(StatementScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Math.Min(scores.MicroPrecision / PrecisionTarget, scores.MicroRecall / RecallTarget);
    }

    /// <summary>How far the kinds' weights are from treating the kinds alike (none is expected above 1).</summary>
    private static double Distance(KindWeights w) =>
        Math.Abs(Math.Log(w.Commitment)) + Math.Abs(Math.Log(w.Claim)) + Math.Abs(Math.Log(w.Refusal));
}
