using System.Collections.Immutable;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>One labelled sentence as the extractor saw it: expected and predicted kind and deadline.</summary>
public sealed record SentenceOutcome(LabelledSentence Sentence, StatementKind Predicted, double Confidence, Deadline? Deadline, string? Condition)
{
    public bool KindRight => Predicted == Sentence.Kind;

    /// <summary>Every kind's score as the classifier gave it (empty when unknown): what other weights re-decide from.</summary>
    public ImmutableDictionary<StatementKind, double> Scores { get; init; } = ImmutableDictionary<StatementKind, double>.Empty;

    /// <summary>Whether the sentence can be a statement at all (<c>SentenceGuard</c>); when not, it is predicted none whatever its scores.</summary>
    public bool Candidate { get; init; } = true;

    /// <summary>
    /// For a sentence labelled with a deadline: the same normalised value, or — for a relative deadline labelled without
    /// one — a deadline found without a value.
    /// </summary>
    public bool DeadlineRight => Sentence.Deadline is { } expected
        ? Deadline?.Value == expected
        : Deadline is { Value: null };
}
