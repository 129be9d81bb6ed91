using Pipeline.Commitments.Classifying;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// Cross-validation by source: for each fold (<see cref="HeldOutSplit.Fold"/>) a model is trained on the other folds
/// (and on the training-only sentences, which are never scored) and scores the fold; the outcomes of every fold are
/// pooled, so that each labelled sentence is scored once by a model that never saw its reply or page.
/// </summary>
/// <remarks>
/// The outcomes record each kind's probability (<see cref="KindWeights.Neutral"/>); decide them with the weights to
/// score by <see cref="StatementEvaluator.Reweigh"/>, so that weights can be chosen without training again.
/// </remarks>
public static class CrossValidation
{
    public static StatementScores Run(IReadOnlyList<LabelledSentence> sentences, int folds, IReadOnlyList<LabelledSentence> trainingOnly)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(trainingOnly);
        var order = sentences.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var outcomes = new List<SentenceOutcome>();
        for (var fold = 0; fold < folds; fold++)
        {
            var scored = HeldOutSplit.Fold(sentences, fold, folds);
            if (scored.Count == 0)
            {
                continue;
            }

            var training = HeldOutSplit.Fold(sentences, fold, folds, inFold: false).Concat(trainingOnly);
            outcomes.AddRange(TrainAndScore(training, scored).Outcomes);
        }

        return new StatementScores($"model, {folds}-fold by source", [.. outcomes.OrderBy(o => order[o.Sentence.Id])]);
    }

    /// <summary>A model trained on <paramref name="training"/> scoring <paramref name="scored"/>, with probabilities recorded.</summary>
    internal static StatementScores TrainAndScore(IEnumerable<LabelledSentence> training, IReadOnlyList<LabelledSentence> scored)
    {
        var model = StatementModelTrainer.Train(training.Select(s => (s.Text, s.Kind))).WithWeights(KindWeights.Neutral);
        return StatementEvaluator.Evaluate(model, "model", scored);
    }
}
