using System.Collections.Immutable;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Classifying;

/// <summary>
/// How much each kind's probability counts when the kind of a sentence is decided (the weighted scores are normalised
/// again): a per-kind threshold. A weight above 1 makes the kind easier to give, below 1 harder.
/// </summary>
public sealed record KindWeights(double Commitment, double Claim, double Refusal, double None)
{
    /// <summary>Every kind at its probability: what cross-validation records, so that weights can be chosen afterwards.</summary>
    public static KindWeights Neutral { get; } = new(1, 1, 1, 1);

    public double Of(StatementKind kind) => kind switch
    {
        StatementKind.Commitment => Commitment,
        StatementKind.Claim => Claim,
        StatementKind.Refusal => Refusal,
        _ => None,
    };

    /// <summary>The kind with the highest weighted probability, its normalised score and every kind's.</summary>
    public StatementPrediction Decide(IEnumerable<KeyValuePair<StatementKind, double>> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var weighted = probabilities.Select(p => (kind: p.Key, value: p.Value * Of(p.Key))).ToList();
        var total = weighted.Sum(p => p.value);
        var scores = weighted.ToImmutableDictionary(p => p.kind, p => total > 0 ? p.value / total : p.value);
        var best = scores.MaxBy(p => p.Value);
        return new StatementPrediction(best.Key, best.Value, scores);
    }

    public override string ToString() => FormattableString.Invariant($"commitment {Commitment}, claim {Claim}, refusal {Refusal}, none {None}");
}
