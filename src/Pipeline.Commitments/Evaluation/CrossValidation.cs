using Pipeline.Commitments.Classifying;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// Cross-validation by source: for each fold (<see cref="HeldOutSplit.Fold"/>) a model is trained on the other folds
/// (and on the training-only sentences, which are never scored) and scores the fold; the outcomes of every fold are
/// pooled, so that each labelled sentence is scored once by a model that never saw its reply or page.
/// </summary>
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
            var model = StatementModelTrainer.Train(training.Select(s => (s.Text, s.Kind)));
            outcomes.AddRange(StatementEvaluator.Evaluate(model, "model", scored).Outcomes);
        }

        return new StatementScores($"model, {folds}-fold by source", [.. outcomes.OrderBy(o => order[o.Sentence.Id])]);
    }
}
