using Pipeline.Classification;
using Pipeline.Core.Topics;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>The JSON shape of one classified text: {"text","topic","score","scores":{label: p}}.</summary>
internal sealed record ClassificationView(string Text, Topic Topic, double Score, IReadOnlyDictionary<string, double> Scores)
{
    public static ClassificationView From(string text, TopicPrediction prediction)
    {
        // Insertion order is the topic order, so the JSON lists scores the same way every time.
        var scores = new Dictionary<string, double>();
        foreach (var topic in TopicLabels.All)
        {
            scores[topic.ToLabel()] = Math.Round(prediction.Scores.GetValueOrDefault(topic), 4);
        }

        return new ClassificationView(text, prediction.Topic, Math.Round(prediction.Score, 4), scores);
    }
}
