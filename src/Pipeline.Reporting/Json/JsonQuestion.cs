using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Json;

/// <summary>A question column of a JSON comparison.</summary>
internal sealed record JsonQuestion(QuestionId Id, string Parent, string? Title, string Text, Topic Topic)
{
    public static JsonQuestion From(Question q) => new(q.Id, q.Parent, q.ShortTitle, q.Text, q.Topic);
}
