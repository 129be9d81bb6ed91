using Pipeline.Search.Querying;

namespace Pipeline.Web.Hosting;

/// <summary>What the JSON API answers instead of a result: <c>{"error": {"code", "message", "position", "hint", "query"}}</c>.</summary>
/// <param name="Code">Stable snake_case code: malformed_query, query_too_costly, invalid_parameter, unknown_campaign, no_index, not_found, busy, internal.</param>
/// <param name="Message">One line for a person.</param>
internal sealed record ApiError(string Code, string Message)
{
    /// <summary>1-based character position in <see cref="Query"/> (malformed queries only).</summary>
    public int? Position { get; init; }

    /// <summary>How to fix it, when known.</summary>
    public string? Hint { get; init; }

    /// <summary>The query as sent (malformed queries only).</summary>
    public string? Query { get; init; }

    public static ApiError From(QuerySyntaxError error) =>
        new(error.IsLimit ? "query_too_costly" : "malformed_query", error.Message) { Position = error.Position, Hint = error.Hint, Query = error.Query };

    /// <summary>The document to serialise: the error under one "error" key.</summary>
    public object Document() => new { error = this };
}
