using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads a YAML list whose items are mappings (questions, companies), reporting an empty list and non-mapping items.</summary>
internal static class ListOfMappings
{
    /// <param name="sequence">The list; null when absent (already reported if required).</param>
    /// <param name="field">Its field name, e.g. "questions".</param>
    /// <param name="itemShape">How an item should look, for the message about a malformed item: "a question (id:, text:, topic: …)".</param>
    /// <param name="readItem">Reads one item; returns null when the item has problems (which it reports).</param>
    public static ImmutableArray<T> Read<T>(
        YamlSequenceNode? sequence, string field, string itemShape, IReadOnlyCollection<string> keys, IssueList issues, Func<MappingView, T?> readItem)
        where T : class
    {
        if (sequence is null)
        {
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            issues.Add(sequence, field, "the list is empty");
        }

        var items = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemField = $"{field}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode mapping)
            {
                issues.Add(sequence.Children[i], itemField, "expected " + itemShape);
            }
            else if (readItem(new MappingView(mapping, itemField, issues, keys)) is { } item)
            {
                items.Add(item);
            }
        }

        return items.ToImmutable();
    }
}
