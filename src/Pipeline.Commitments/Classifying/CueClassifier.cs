using System.Collections.Immutable;
using Pipeline.Commitments.Cues;
using Pipeline.Core.Commitments;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Classifying;

/// <summary>
/// The pattern baseline: a refusal cue makes a refusal; else a commitment cue in a first-person sentence a commitment;
/// else a claim cue in one a claim; courtesy and everything else none. Scored beside the model by <c>eval commitments</c>.
/// </summary>
public sealed class CueClassifier : IStatementClassifier
{
    public static CueClassifier Instance { get; } = new();

    public IReadOnlyList<StatementPrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. sentences.Select(Classify)];
    }

    private static StatementPrediction Classify(string sentence)
    {
        sentence = PlainText.Of(sentence);
        var firstPerson = StatementCues.FirstPerson().IsMatch(sentence);
        var kind = StatementCues.Refusal().IsMatch(sentence) && firstPerson ? StatementKind.Refusal
            : StatementCues.Courtesy().IsMatch(sentence) ? StatementKind.None
            : StatementCues.Commitment().IsMatch(sentence) && firstPerson ? StatementKind.Commitment
            : StatementCues.Claim().IsMatch(sentence) && firstPerson ? StatementKind.Claim
            : StatementKind.None;
        var scores = StatementKinds.All.ToImmutableDictionary(k => k, k => k == kind ? 1.0 : 0.0);
        return new StatementPrediction(kind, 1.0, scores);
    }
}
