namespace Pipeline.Search.Querying;

/// <summary>
/// Bounds on running one search, so that any query answers in bounded time: past them the search stops early and its
/// results say so (<see cref="SearchResults.Complete"/>, <see cref="SearchResults.Notices"/>). Every property states its default.
/// </summary>
public sealed record SearchLimits
{
    public static SearchLimits Default { get; } = new();

    /// <summary>Words one wildcard, prefix, fuzzy, regex or range term may stand for (default 1,000); past them the first ones, alphabetically, are searched.</summary>
    public int MaxExpansions { get; init; } = 1_000;

    /// <summary>Time for expanding terms and collecting matches (default 3 s); past it the matches found so far are returned.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(3);
}
