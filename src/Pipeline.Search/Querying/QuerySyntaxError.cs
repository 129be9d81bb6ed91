namespace Pipeline.Search.Querying;

/// <summary>Why a query could not be parsed, for a person: what is wrong, where, and what to do.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Position">1-based character position in <paramref name="Query"/> where the problem was found.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record QuerySyntaxError(string Query, string Message, int Position, string Hint)
{
    /// <summary>True when the query is well-formed but asks for more than any search may (<see cref="QueryLimits"/>); false when it is malformed.</summary>
    public bool IsLimit { get; init; }

    /// <summary>The query, a caret under <see cref="Position"/>, the message and the hint, on four lines.</summary>
    public string Describe() =>
        $"{Message} at position {Position}\n  {Query}\n  {new string(' ', Math.Clamp(Position - 1, 0, Query.Length))}^\nhint: {Hint}";
}
