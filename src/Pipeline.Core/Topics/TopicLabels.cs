using System.Collections.Immutable;
using System.Text.Json;

namespace Pipeline.Core.Topics;

/// <summary>Converts topics to and from their snake_case labels ("grievance_mechanism").</summary>
public static class TopicLabels
{
    private static readonly ImmutableDictionary<string, Topic> ByLabel =
        Enum.GetValues<Topic>().ToImmutableDictionary(ToLabel, t => t, StringComparer.OrdinalIgnoreCase);

    /// <summary>All topics in declaration order.</summary>
    public static ImmutableArray<Topic> All { get; } = [.. Enum.GetValues<Topic>()];

    public static string ToLabel(this Topic topic) => JsonNamingPolicy.SnakeCaseLower.ConvertName(topic.ToString());

    public static bool TryParse(string? label, out Topic topic)
    {
        topic = default;
        return label is not null && ByLabel.TryGetValue(label.Trim(), out topic);
    }

    public static Topic Parse(string label) =>
        TryParse(label, out var topic)
            ? topic
            : throw new FormatException($"'{label}' is not a topic label (one of: {string.Join(", ", All.Select(ToLabel))})");
}
