using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Pipeline.Search.QueryDsl;

/// <summary>A query translated to OpenSearch's Query DSL, or why it cannot be: an expected outcome, not an exception.</summary>
/// <param name="Query">The <c>query</c> object of a search request; null when <paramref name="Problem"/> says why not.</param>
/// <param name="Problem">What in the query has no Query DSL equivalent; null on success.</param>
public sealed record QueryDslTranslation(JsonObject? Query, string? Problem)
{
    [MemberNotNullWhen(true, nameof(Query))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Query is not null;
}
