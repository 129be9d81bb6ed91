using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Agreement of decided statuses with the gold, overall and per expected status, and every disagreement.</summary>
public sealed record StatusScores(Accuracy Cells, ImmutableArray<Accuracy> ByExpected, ImmutableArray<StatusOutcome> Misses)
{
    public static StatusScores From(IReadOnlyCollection<StatusOutcome> outcomes) => new(
        Accuracy.Of("company × question cells", outcomes, o => o.Correct),
        [.. outcomes.GroupBy(o => o.Expected).OrderBy(g => g.Key).Select(g => Accuracy.Of(g.Key.ToString(), g, o => o.Correct))],
        [.. outcomes.Where(o => !o.Correct)]);
}
