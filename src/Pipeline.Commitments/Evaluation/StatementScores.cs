using System.Collections.Immutable;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>What <see cref="StatementEvaluator"/> measured on a labelled set.</summary>
/// <param name="Classifier">Which classifier ("model", "cues").</param>
/// <param name="Outcomes">Every sentence's outcome.</param>
public sealed record StatementScores(string Classifier, ImmutableArray<SentenceOutcome> Outcomes)
{
    /// <summary>Commitment, claim and refusal scores.</summary>
    public ImmutableArray<KindScore> ByKind => Score(Outcomes);

    /// <summary>Mean precision of the three kinds a ledger lists.</summary>
    public double MacroPrecision => ByKind.Average(k => k.Precision);

    public double MacroRecall => ByKind.Average(k => k.Recall);

    public double MacroF1 => ByKind.Average(k => k.F1);

    /// <summary>Precision over every sentence given one of the three kinds: the share of ledger items that are of the right kind.</summary>
    public double MicroPrecision => Ratio(ByKind.Sum(k => k.TruePositives), ByKind.Sum(k => k.TruePositives + k.FalsePositives));

    /// <summary>Recall over every sentence labelled with one of the three kinds.</summary>
    public double MicroRecall => Ratio(ByKind.Sum(k => k.TruePositives), ByKind.Sum(k => k.Support));

    /// <summary>The kind scores per language, languages in alphabetical order.</summary>
    public ImmutableArray<(string Language, int Sentences, ImmutableArray<KindScore> Scores)> ByLanguage =>
        [.. Outcomes.GroupBy(o => o.Sentence.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count(), Score([.. g])))];

    /// <summary>Labelled statements (not none) that state a deadline.</summary>
    public ImmutableArray<SentenceOutcome> WithDeadline => [.. Outcomes.Where(o => o.Sentence.Kind != StatementKind.None && o.Sentence.DeadlineText is not null)];

    public double DeadlineAccuracy => Ratio(WithDeadline.Count(o => o.DeadlineRight), WithDeadline.Length);

    /// <summary>Labelled statements (not none) with a condition or hedge.</summary>
    public ImmutableArray<SentenceOutcome> WithCondition => [.. Outcomes.Where(o => o.Sentence.Kind != StatementKind.None && (o.Sentence.Condition is not null || o.Sentence.Hedged))];

    /// <summary>Share of conditioned statements whose condition was found.</summary>
    public double ConditionRecall => Ratio(WithCondition.Count(o => o.Condition is not null), WithCondition.Length);

    /// <summary>Statements labelled without a condition that were given one.</summary>
    public int SpuriousConditions => Spurious.Length;

    /// <summary>The statements labelled without a condition that were given one, for error analysis.</summary>
    public ImmutableArray<SentenceOutcome> Spurious => [.. Outcomes.Where(o => o.Sentence.Kind != StatementKind.None && o.Sentence.Condition is null && !o.Sentence.Hedged && o.Condition is not null)];

    /// <summary>How many sentences of each labelled kind were predicted as each kind.</summary>
    public int Confused(StatementKind expected, StatementKind predicted) => Outcomes.Count(o => o.Sentence.Kind == expected && o.Predicted == predicted);

    private static ImmutableArray<KindScore> Score(IReadOnlyCollection<SentenceOutcome> outcomes) =>
        [.. StatementKinds.Listed.Select(kind => new KindScore(
            kind,
            outcomes.Count(o => o.Sentence.Kind == kind && o.Predicted == kind),
            outcomes.Count(o => o.Sentence.Kind != kind && o.Predicted == kind),
            outcomes.Count(o => o.Sentence.Kind == kind && o.Predicted != kind)))];

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
