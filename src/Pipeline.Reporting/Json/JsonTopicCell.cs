using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Json;

/// <summary>How much one company said about one topic; <see cref="Answers"/> holds the strongest passage, or nothing.</summary>
internal sealed record JsonTopicCell(string Company, Topic Topic, int Passages, double Score, ImmutableArray<JsonAnswer> Answers)
{
    public static JsonTopicCell From(TopicCell c) =>
        new(c.Company, c.Topic, c.Passages, c.Strongest?.TopicScore ?? 0, c.Strongest is { } s ? [JsonAnswer.From(s)] : []);
}
