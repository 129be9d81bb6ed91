namespace Pipeline.Classification;

/// <summary>Assigns one due-diligence topic to a passage of text.</summary>
public interface ITopicClassifier
{
    /// <summary>The most probable topic of <paramref name="text"/>, with the probability of every topic.</summary>
    TopicPrediction Predict(string text);
}
