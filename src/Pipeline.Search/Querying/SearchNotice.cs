namespace Pipeline.Search.Querying;

/// <summary>Something a person must know to read a search's results right: they are partial, or a term was cut short.</summary>
/// <param name="Code">Stable snake_case code: time_budget, expansion_truncated, stale_index, no_vectors.</param>
/// <param name="Message">One line for a person, saying what to do.</param>
public sealed record SearchNotice(string Code, string Message)
{
    public const string TimeBudget = "time_budget";
    public const string ExpansionTruncated = "expansion_truncated";
    public const string StaleIndex = "stale_index";
    public const string NoVectors = "no_vectors";
}
