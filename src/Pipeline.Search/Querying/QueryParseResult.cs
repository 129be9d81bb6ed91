using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Search.Querying;

/// <summary>A parsed query or the reason it could not be parsed: a malformed query is expected, not exceptional.</summary>
public sealed record QueryParseResult
{
    private QueryParseResult(SearchQuery? query, QuerySyntaxError? error)
    {
        Query = query;
        Error = error;
    }

    public SearchQuery? Query { get; }

    public QuerySyntaxError? Error { get; }

    [MemberNotNullWhen(true, nameof(Query))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Query is not null;

    internal static QueryParseResult Success(SearchQuery query) => new(query, null);

    internal static QueryParseResult Failure(QuerySyntaxError error) => new(null, error);
}
