using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Replies named right with the company list hidden; how many got a wrong name and how many none.</summary>
public sealed record NamingScores(Accuracy All, Accuracy Unlisted, int Wrong, int Undetermined, ImmutableArray<NamingOutcome> Outcomes)
{
    public static NamingScores From(IReadOnlyCollection<NamingOutcome> outcomes) => new(
        Accuracy.Of("all replies", outcomes, o => o.Correct),
        Accuracy.Of("replies of companies not on the list", outcomes.Where(o => !o.ListedInCampaign), o => o.Correct),
        outcomes.Count(o => o.Wrong),
        outcomes.Count(o => o.Actual is null),
        [.. outcomes]);
}
