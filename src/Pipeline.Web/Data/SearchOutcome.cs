using System.Collections.Immutable;
using Pipeline.Search.Querying;
using Pipeline.Web.Requests;
using Pipeline.Workflows.Searching;

namespace Pipeline.Web.Data;

/// <summary>
/// A search run against the index, or why it could not run: a malformed or too costly query, filter values that are not
/// valid, or a server busy with other costly searches (<see cref="Busy"/>).
/// </summary>
internal sealed record SearchOutcome(SearchResults? Results, QuerySyntaxError? SyntaxError, ImmutableArray<string> Problems)
{
    /// <summary>True when the search was turned away because the other costly searches running took every slot.</summary>
    public bool Busy { get; init; }

    /// <summary>Parses the request as <c>pipeline search</c> does and runs it on a fresh snapshot of the index.</summary>
    /// <param name="query">The query text to run; the request's own unless the page substitutes one (browsing with an empty box).</param>
    /// <param name="semantic">How search by meaning runs (on one core while other requests run: <see cref="Hosting.RequestLoad"/>).</param>
    public static async Task<SearchOutcome> RunAsync(IndexAccess access, SearchGate gate, SearchRequest request, string query, SemanticOptions semantic, CancellationToken cancellationToken)
    {
        var filters = SearchFilterText.Parse(
            request.Filter("campaign"), request.Filter("company"), request.Filter("question"), request.Filter("topic"), request.Filter("status"), out var problems);
        if (!problems.IsEmpty)
        {
            return new SearchOutcome(null, null, problems);
        }

        // Browsing (an empty box) lists every segment: there is no meaning to compare with.
        var mode = query == request.Query ? request.Mode : SearchMode.Keyword;
        var parsed = SearchQueryParser.Parse(query);
        if (!parsed.IsSuccess && ModeSearch.NeedsParsedQuery(mode) && request.Similar is null)
        {
            return new SearchOutcome(null, parsed.Error, []);
        }

        var expensive = parsed.IsSuccess && parsed.Query.IsExpensive && mode != SearchMode.Semantic && request.Similar is null;
        using var slot = expensive ? await gate.EnterAsync(cancellationToken).ConfigureAwait(false) : null;
        if (expensive && slot is null)
        {
            return new SearchOutcome(null, null, ["the server is busy with other wildcard, fuzzy or regex searches; try again in a moment"]) { Busy = true };
        }

        using var index = access.Open();
        if (filters.Company is { } company)
        {
            // The company box takes free text: an alias stands for its company, and an unknown name is an error, not "no hits".
            var choice = SearchCompany.Resolve(access.Directory, index, filters.Campaign, company);
            if (choice.Name is null)
            {
                return new SearchOutcome(null, null, ["company: " + choice.Problem]);
            }

            filters = filters with { Company = choice.Name };
        }

        if (request.TrySimilar(out var documentId, out var ordinal))
        {
            return index.SimilarTo(documentId, ordinal, filters, request.Limit, request.Offset, semantic) is { } similar
                ? new SearchOutcome(similar, null, [])
                : new SearchOutcome(null, null, ["similar: no such segment with passage vectors in the index (re-run `pipeline ingest` if it was indexed before search by meaning)"]);
        }

        return new SearchOutcome(ModeSearch.Run(index, mode, query, parsed.Query, filters, request.Limit, request.Offset, options: semantic), null, []);
    }
}
