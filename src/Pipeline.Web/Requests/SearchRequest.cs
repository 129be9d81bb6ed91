using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Search.Querying;
using Pipeline.Workflows.Searching;

namespace Pipeline.Web.Requests;

/// <summary>
/// A search as a URL carries it: the query text (the syntax of <c>pipeline search</c>), its mode, or the segment whose
/// similar answers are asked for, the filters, and a window of hits. Pages use <c>page</c> (10 hits each); the API uses <c>limit</c> and <c>offset</c>. Values are kept as typed.
/// </summary>
internal sealed record SearchRequest
{
    /// <summary>Hits per page, and the API's default limit (as the command line's).</summary>
    public const int PageSize = 10;

    /// <summary>The most hits one request returns: larger result sets are paged.</summary>
    public const int MaxLimit = 100;

    /// <summary>The deepest a request may page: ranking collects offset + limit hits.</summary>
    public const int MaxOffset = 10_000;

    public static IReadOnlyList<string> FilterNames { get; } = ["campaign", "company", "question", "topic", "status"];

    public string Query { get; init; } = string.Empty;

    /// <summary>Filter values by name (<see cref="FilterNames"/>); absent when not set.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>keyword, semantic or hybrid as typed; null for the query's default (<see cref="ModeSearch.DefaultFor"/>).</summary>
    public string? ModeText { get; init; }

    /// <summary>The search's mode: <see cref="ModeText"/> read, else the query's default.</summary>
    public SearchMode Mode => ModeSearch.TryParseMode(ModeText, out var mode) ? mode : ModeSearch.DefaultFor(Query);

    /// <summary>"More like this": the segment whose similar answers are asked for, as "documentId/ordinal"; null for a query.</summary>
    public string? Similar { get; init; }

    public int Limit { get; init; } = PageSize;

    public int Offset { get; init; }

    /// <summary>The 1-based page shown; the pages' way of saying <see cref="Offset"/>.</summary>
    public int Page => (Offset / PageSize) + 1;

    public string? Filter(string name) => Filters.GetValueOrDefault(name);

    /// <summary>A page's request: q, filters, page.</summary>
    public static SearchRequest FromPage(IQueryCollection query, out string? problem)
    {
        problem = null;
        var page = QueryNumber.Read(query, "page", 1, 1, (MaxOffset / PageSize) + 1, ref problem);
        return Base(query, ref problem) with { Offset = (page - 1) * PageSize };
    }

    /// <summary>An API request: q, filters, limit, offset.</summary>
    public static SearchRequest FromApi(IQueryCollection query, out string? problem)
    {
        problem = null;
        var limit = QueryNumber.Read(query, "limit", PageSize, 0, MaxLimit, ref problem, "; page through larger result sets with offset");
        var offset = QueryNumber.Read(query, "offset", 0, 0, MaxOffset, ref problem);
        return Base(query, ref problem) with { Limit = limit, Offset = offset };
    }

    /// <summary>This search's page URL with one filter set (or cleared when <paramref name="value"/> is null), back to page 1.</summary>
    public string WithFilter(string name, string? value)
    {
        var filters = Filters.Where(f => f.Key != name).Select(f => (f.Key, (string?)f.Value)).ToList();
        if (value is not null)
        {
            filters.Add((name, value));
        }

        return PageUrl(filters, 1);
    }

    /// <summary>
    /// <see cref="WithFilter"/> for many values of one filter (a facet's list): the rest of the URL is built once, and
    /// each value only escaped into its place.
    /// </summary>
    public Func<string, string> FilterLinks(string name)
    {
        const char Mark = '\u0001';
        var template = WithFilter(name, Mark.ToString());
        var escapedMark = Uri.EscapeDataString(Mark.ToString());
        var at = template.IndexOf(escapedMark, StringComparison.Ordinal);
        if (at < 0 || template.IndexOf(escapedMark, at + 1, StringComparison.Ordinal) >= 0)
        {
            // The mark is in the query or another filter too (a control character typed in): built value by value.
            return value => WithFilter(name, value);
        }

        var (before, after) = (template[..at], template[(at + escapedMark.Length)..]);
        return value => string.Concat(before, Uri.EscapeDataString(value), after);
    }

    /// <summary>This search's URL at another page.</summary>
    public string AtPage(int page) => PageUrl(Filters.Select(f => (f.Key, (string?)f.Value)), page);

    private string PageUrl(IEnumerable<(string Name, string? Value)> filters, int page) =>
        Url.Build(
            "/search",
            [("q", Query), ("mode", ModeText), ("similar", Similar), .. FilterNames.Select(n => (n, filters.FirstOrDefault(f => f.Name == n).Value)), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null)]);

    /// <summary>The segment's "similar answers" search: nearest answers by meaning, other companies only.</summary>
    public static string SimilarTo(string documentId, int ordinal) =>
        Url.Build("/search", ("similar", $"{documentId}/{ordinal.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Reads <see cref="Similar"/>: the document id and ordinal; false when absent or malformed.</summary>
    public bool TrySimilar(out string documentId, out int ordinal)
    {
        documentId = string.Empty;
        ordinal = 0;
        var slash = Similar?.LastIndexOf('/') ?? -1;
        if (slash <= 0 || !int.TryParse(Similar.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal))
        {
            return false;
        }

        documentId = Similar![..slash];
        return true;
    }

    private static SearchRequest Base(IQueryCollection query, ref string? problem)
    {
        var mode = query["mode"].ToString().Trim();
        if (mode.Length > 0 && !ModeSearch.TryParseMode(mode, out _))
        {
            problem ??= $"mode must be keyword, semantic or hybrid, not '{mode}'";
        }

        var similar = query["similar"].ToString().Trim();
        var request = Filtered(query) with { ModeText = mode.Length > 0 ? mode : null, Similar = similar.Length > 0 ? similar : null };
        if (request.Similar is not null && !request.TrySimilar(out _, out _))
        {
            problem ??= "similar must be DOCUMENT/ORDINAL, e.g. similar=4f2a…/3";
        }

        return request;
    }

    private static SearchRequest Filtered(IQueryCollection query) => new()
    {
        Query = query["q"].ToString(),
        Filters = FilterNames
            .Select(name => (name, Value: query[name].ToString().Trim()))
            .Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.name, f => f.Value),
    };
}
