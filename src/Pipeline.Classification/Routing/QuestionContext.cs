using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The question a passage answers as evidence of its topic: a paragraph under "2c" (mitigation) that says "we do not
/// consult migrants; our contracts forbid misuse" is more likely about mitigation than its words alone suggest.
/// </summary>
internal static class QuestionContext
{
    /// <summary>The topics of the questions a segment is tied to; empty for general text (no question to lean on).</summary>
    public static ImmutableArray<Topic> TopicsOf(Segment segment, IReadOnlyDictionary<QuestionId, Topic> topicOf) =>
        segment.IsGeneral
            ? []
            : [.. segment.Questions.Where(topicOf.ContainsKey).Select(q => topicOf[q]).Distinct()];

    /// <summary>
    /// The prediction reweighted by the context: each context topic's probability multiplied by 1 + <paramref name="weight"/>,
    /// then all renormalised to sum to 1 (Bayes with the question as a prior that favours its own topic). The words still
    /// win when they clearly point elsewhere (a licensing paragraph under the due-diligence question stays export control).
    /// </summary>
    public static TopicPrediction Weigh(TopicPrediction prediction, ImmutableArray<Topic> context, double weight)
    {
        if (context.IsDefaultOrEmpty || weight <= 0)
        {
            return prediction;
        }

        var weighted = prediction.Scores.ToDictionary(kv => kv.Key, kv => kv.Value * (context.Contains(kv.Key) ? 1 + weight : 1));
        var total = weighted.Values.Sum();
        if (total <= 0)
        {
            return prediction;
        }

        var scores = weighted.ToImmutableDictionary(kv => kv.Key, kv => kv.Value / total);
        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
        return new TopicPrediction(best.Key, best.Value, scores);
    }
}
