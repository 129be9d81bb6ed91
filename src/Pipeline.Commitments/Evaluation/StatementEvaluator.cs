using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Fields;
using Pipeline.Commitments.Sentences;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>Scores a classifier and the field patterns on labelled sentences: each sentence is classified alone, and its deadline and condition found as the extractor finds them.</summary>
public static class StatementEvaluator
{
    public static StatementScores Evaluate(IStatementClassifier classifier, string name, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(sentences);
        var predictions = classifier.Classify([.. sentences.Select(s => s.Text)]);
        var outcomes = sentences.Select((s, i) =>
        {
            var candidate = SentenceGuard.IsCandidate(s.Text);
            return new SentenceOutcome(
                s,
                candidate ? predictions[i].Kind : StatementKind.None,
                predictions[i].Score,
                (s.Kind == StatementKind.Commitment ? DeadlineFinder.FindForCommitment(s.Text) : DeadlineFinder.Find(s.Text))?.Deadline,
                ConditionFinder.Find(s.Text)?.Text)
            {
                Scores = predictions[i].Scores,
                Candidate = candidate,
            };
        });
        return new StatementScores(name, [.. outcomes]);
    }

    /// <summary>
    /// The same outcomes with each kind decided again with <paramref name="weights"/> from the recorded scores, which must
    /// be probabilities (a classifier deciding with <see cref="KindWeights.Neutral"/>, as cross-validation records them).
    /// </summary>
    public static StatementScores Reweigh(StatementScores scores, KindWeights weights)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(weights);
        return scores with
        {
            Outcomes = [.. scores.Outcomes.Select(o =>
            {
                var decided = weights.Decide(o.Scores);
                return o with { Predicted = o.Candidate ? decided.Kind : StatementKind.None, Confidence = decided.Score };
            })],
        };
    }
}
