namespace Pipeline.Core.Commitments;

/// <summary>A time frame a statement gives, as written and, where it names a calendar date or period, normalised.</summary>
/// <param name="Text">The words as written ("by the end of 2023", "within six months").</param>
/// <param name="Value">
/// <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY-Qn</c>, <c>YYYY-Hn</c> or <c>YYYY</c>; null when the text is relative
/// ("within six months") and so has no date without knowing when the letter was written.
/// </param>
public sealed record Deadline(string Text, string? Value)
{
    /// <summary>The last day the period covers (2023-Q4 → 2023-12-31); null when there is no <see cref="Value"/>.</summary>
    public DateOnly? LastDay => Value is null ? null : DeadlineValues.LastDay(Value);
}
