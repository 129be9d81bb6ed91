using System.Collections.Immutable;
using Pipeline.Classification;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Fakes;

/// <summary>A classifier that gives every text the same probabilities: the topics named, the rest shared evenly by the others.</summary>
internal sealed class FixedScoresClassifier(params (Topic Topic, double Score)[] given) : ITopicClassifier
{
    public TopicPrediction Predict(string text)
    {
        var named = given.ToDictionary(g => g.Topic, g => g.Score);
        var rest = (1 - named.Values.Sum()) / (TopicLabels.All.Length - named.Count);
        var scores = TopicLabels.All.ToImmutableDictionary(t => t, t => named.GetValueOrDefault(t, rest));
        var top = scores.MaxBy(s => s.Value);
        return new TopicPrediction(top.Key, top.Value, scores);
    }
}
