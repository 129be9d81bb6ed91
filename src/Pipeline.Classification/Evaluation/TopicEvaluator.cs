using Pipeline.Classification.Training;

namespace Pipeline.Classification.Evaluation;

/// <summary>Scores a classifier against labelled examples.</summary>
public static class TopicEvaluator
{
    public static ClassificationScores Evaluate(ITopicClassifier classifier, IReadOnlyList<TrainingExample> examples)
    {
        var predictions = classifier.PredictMany([.. examples.Select(e => e.Text)]);
        return ClassificationScores.From([.. examples.Select((e, i) => (e.Label, predictions[i].Topic))]);
    }
}
