using System.Collections.Immutable;
using Pipeline.Search.Querying;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Data;

/// <summary>A search run against the index, or why it could not run: a malformed query, or filter values that are not valid.</summary>
internal sealed record SearchOutcome(SearchResults? Results, QuerySyntaxError? SyntaxError, ImmutableArray<string> Problems)
{
    /// <summary>Parses the request as <c>pipeline search</c> does and runs it on a fresh snapshot of the index.</summary>
    /// <param name="query">The query text to run; the request's own unless the page substitutes one (browsing with an empty box).</param>
    public static SearchOutcome Run(IndexAccess access, SearchRequest request, string query)
    {
        var filters = SearchFilterText.Parse(
            request.Filter("campaign"), request.Filter("company"), request.Filter("question"), request.Filter("topic"), request.Filter("status"), out var problems);
        if (!problems.IsEmpty)
        {
            return new SearchOutcome(null, null, problems);
        }

        var parsed = SearchQueryParser.Parse(query);
        if (!parsed.IsSuccess)
        {
            return new SearchOutcome(null, parsed.Error, []);
        }

        using var index = access.Open();
        return new SearchOutcome(index.Search(parsed.Query, filters, request.Limit, request.Offset), null, []);
    }
}
