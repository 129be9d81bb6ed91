using System.Collections.Immutable;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Fields;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Evaluation;

/// <summary>Scores a classifier and the field patterns on labelled sentences: each sentence is classified alone, and its deadline and condition found as the extractor finds them.</summary>
public static class StatementEvaluator
{
    public static StatementScores Evaluate(IStatementClassifier classifier, string name, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(sentences);
        var predictions = classifier.Classify([.. sentences.Select(s => s.Text)]);
        var outcomes = sentences.Select((s, i) => new SentenceOutcome(
            s,
            SentenceGuard.IsCandidate(s.Text) ? predictions[i].Kind : Core.Commitments.StatementKind.None,
            predictions[i].Score,
            (s.Kind == Core.Commitments.StatementKind.Commitment ? DeadlineFinder.FindForCommitment(s.Text) : DeadlineFinder.Find(s.Text))?.Deadline,
            ConditionFinder.Find(s.Text)?.Text));
        return new StatementScores(name, [.. outcomes]);
    }
}
