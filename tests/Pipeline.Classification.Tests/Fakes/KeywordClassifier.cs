using System.Collections.Immutable;
using Pipeline.Classification;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Fakes;

/// <summary>A classifier that answers from the first keyword found in the text, with a fixed score; <c>other</c> otherwise.</summary>
internal sealed class KeywordClassifier(params (string Keyword, Topic Topic, double Score)[] rules) : ITopicClassifier
{
    public int Calls { get; private set; }

    public TopicPrediction Predict(string text)
    {
        Calls++;
        var match = rules.FirstOrDefault(r => text.Contains(r.Keyword, StringComparison.OrdinalIgnoreCase), (Keyword: string.Empty, Topic: Topic.Other, Score: 0.9));
        var (topic, score) = (match.Topic, match.Score);
        var scores = TopicLabels.All.ToImmutableDictionary(t => t, t => t == topic ? score : (1 - score) / (TopicLabels.All.Length - 1));
        return new TopicPrediction(topic, score, scores);
    }
}
