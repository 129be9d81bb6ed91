using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Training;

/// <summary>Example weights inverse to class frequency, scaled so that the weights average 1.</summary>
internal static class ClassWeights
{
    /// <summary>Weight of an example of each label present: total / (labels present × examples of that label).</summary>
    public static ImmutableDictionary<Topic, float> For(IReadOnlyList<TrainingExample> examples)
    {
        var counts = examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        return counts.ToImmutableDictionary(c => c.Key, c => (float)examples.Count / (counts.Count * c.Value));
    }
}
