using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>What the classifier reads in one sentence of a paragraph that routing may send to questions.</summary>
/// <param name="Words">The sentence's length in words: short sentences ("The Board may reject it.") say too little alone.</param>
/// <param name="Prediction">The classifier's prediction for the sentence alone.</param>
/// <param name="Text">The sentence.</param>
internal sealed record SentenceEvidence(int Words, TopicPrediction Prediction, string Text)
{
    /// <summary>The sentence's topic when it is long enough and the classifier is sure enough of it; null otherwise.</summary>
    public Topic? ConfidentTopic(int minimumWords, double minimumScore) =>
        Words >= minimumWords && Prediction.Score >= minimumScore ? Prediction.Topic : null;
}
