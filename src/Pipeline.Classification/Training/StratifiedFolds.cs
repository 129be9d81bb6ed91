using System.Collections.Immutable;

namespace Pipeline.Classification.Training;

/// <summary>Deterministic stratified k-fold assignment: every fold gets each label's examples in the same proportion.</summary>
internal static class StratifiedFolds
{
    /// <summary>The fold (0 to <paramref name="folds"/> - 1) of each example, by index.</summary>
    public static ImmutableArray<int> Assign(IReadOnlyList<TrainingExample> examples, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new int[examples.Count];
#pragma warning disable CA5394 // fold assignment needs reproducibility, not security
        var random = new Random(seed);
        var next = 0;
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Label).OrderBy(g => g.Key))
        {
            var indices = group.ToArray();
            random.Shuffle(indices);
#pragma warning restore CA5394
            foreach (var index in indices)
            {
                // Continuing the round-robin across labels keeps fold sizes within one of each other.
                fold[index] = next;
                next = (next + 1) % folds;
            }
        }

        return [.. fold];
    }
}
