using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>One labelled sentence as the extractor saw it: expected and predicted kind and deadline.</summary>
public sealed record SentenceOutcome(LabelledSentence Sentence, StatementKind Predicted, double Confidence, Deadline? Deadline, string? Condition)
{
    public bool KindRight => Predicted == Sentence.Kind;

    /// <summary>
    /// For a sentence labelled with a deadline: the same normalised value, or — for a relative deadline labelled without
    /// one — a deadline found without a value.
    /// </summary>
    public bool DeadlineRight => Sentence.Deadline is { } expected
        ? Deadline?.Value == expected
        : Deadline is { Value: null };
}
