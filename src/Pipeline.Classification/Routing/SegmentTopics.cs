using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>Derives a segment's topics from its classified passages.</summary>
public static class SegmentTopics
{
    /// <summary>
    /// <see cref="Segment.Topic"/> = the label covering most text (characters), ties to the higher mean score then topic order;
    /// <see cref="Segment.Topics"/> = distinct labels by text share; <see cref="Segment.TopicScore"/> = mean score of the
    /// primary label's passages. Unclassified passages are ignored; a segment without any stays unclassified.
    /// </summary>
    public static Segment Apply(Segment segment)
    {
        var byTopic = segment.Passages
            .Where(p => p.Topic is not null)
            .GroupBy(p => p.Topic!.Value)
            .Select(g => (Topic: g.Key, Chars: g.Sum(p => p.Text.Length), Score: g.Average(p => p.TopicScore)))
            .OrderByDescending(t => t.Chars)
            .ThenByDescending(t => t.Score)
            .ThenBy(t => t.Topic)
            .ToArray();
        if (byTopic.Length == 0)
        {
            return segment;
        }

        return segment with { Topic = byTopic[0].Topic, TopicScore = byTopic[0].Score, Topics = [.. byTopic.Select(t => t.Topic)] };
    }

    /// <summary>Share of the segments' classified text (characters) carried by <paramref name="topic"/>, 0 to 1; 0 without classified text.</summary>
    public static double Share(IEnumerable<Passage> passages, Topic topic)
    {
        var classified = passages.Where(p => p.Topic is not null).ToArray();
        var total = classified.Sum(p => p.Text.Length);
        return total == 0 ? 0 : (double)classified.Where(p => p.Topic == topic).Sum(p => p.Text.Length) / total;
    }
}
