using Pipeline.Classification.Training;

namespace Pipeline.Classification.Evaluation;

/// <summary>Scores a classifier against labelled examples.</summary>
public static class TopicEvaluator
{
    public static ClassificationScores Evaluate(ITopicClassifier classifier, IReadOnlyList<TrainingExample> examples) =>
        ClassificationScores.From([.. examples.Select(e => (e.Label, classifier.Predict(e.Text).Topic))]);
}
