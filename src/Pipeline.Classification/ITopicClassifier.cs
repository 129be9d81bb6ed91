namespace Pipeline.Classification;

/// <summary>Assigns one due-diligence topic to a passage of text.</summary>
public interface ITopicClassifier
{
    /// <summary>The most probable topic of <paramref name="text"/>, with the probability of every topic.</summary>
    TopicPrediction Predict(string text);

    /// <summary>
    /// The predictions of many texts, in order: the same as <see cref="Predict"/> one by one, but a classifier whose
    /// features come from a neural encoder scores a batch much faster than its texts one at a time.
    /// </summary>
    IReadOnlyList<TopicPrediction> PredictMany(IReadOnlyList<string> texts) => [.. texts.Select(Predict)];
}
