using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Json;

/// <summary>A topic column of a JSON comparison.</summary>
internal sealed record JsonTopic(Topic Id, string Title)
{
    public static JsonTopic From(Topic t) => new(t, t.Title());
}
