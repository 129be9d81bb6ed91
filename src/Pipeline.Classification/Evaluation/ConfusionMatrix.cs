using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Evaluation;

/// <summary>Counts of true label (row) against predicted label (column), both in <see cref="Labels"/> order.</summary>
public sealed record ConfusionMatrix(ImmutableArray<Topic> Labels, ImmutableArray<ImmutableArray<int>> Rows)
{
    public int this[Topic actual, Topic predicted] => Rows[Labels.IndexOf(actual)][Labels.IndexOf(predicted)];

    /// <summary>The most frequent off-diagonal cells, largest first: which labels are mistaken for which.</summary>
    public IEnumerable<(Topic Actual, Topic Predicted, int Count)> TopConfusions(int count) =>
        Labels.SelectMany(a => Labels.Where(p => p != a).Select(p => (Actual: a, Predicted: p, Count: this[a, p])))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Actual)
            .ThenBy(c => c.Predicted)
            .Take(count);
}
