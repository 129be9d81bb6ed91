using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Pipeline.Search.Indexing;
using Pipeline.Search.QueryDsl;
using Pipeline.Search.Querying;

namespace Pipeline.Export.OpenSearch;

/// <summary>Reads a search response into the <see cref="SearchResults"/> the embedded index returns, so every output (text, JSON) stays the same.</summary>
public static class SearchResponse
{
    public static SearchResults Read(string queryText, JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var hits = response["hits"] as JsonObject ?? [];
        var total = hits["total"] switch
        {
            JsonObject counted => counted["value"]?.GetValue<int>() ?? 0,
            JsonValue value => value.GetValue<int>(),
            _ => 0,
        };
        var found = (hits["hits"] as JsonArray ?? []).OfType<JsonObject>().Select(Hit).ToImmutableArray();
        var facets = response["aggregations"] as JsonObject ?? [];
        var timedOut = response["timed_out"]?.GetValue<bool>() == true;
        return new SearchResults(queryText, total, found, new FacetCounts(
            Buckets(facets, QueryDslFields.Faceted[0]), Buckets(facets, QueryDslFields.Faceted[1]), Buckets(facets, QueryDslFields.Faceted[2]), Buckets(facets, QueryDslFields.Faceted[3]))
        {
            Campaign = Buckets(facets, QueryDslFields.Faceted[4]),
        })
        {
            Complete = !timedOut,
            Notices = timedOut
                ? [new SearchNotice(SearchNotice.TimeBudget, "OpenSearch stopped the search at its time limit (3 s): the count, hits and facets cover only part of the index; make the query more specific")]
                : [],
        };
    }

    private static SearchHit Hit(JsonObject hit)
    {
        var segment = SegmentSource.FromJson(hit["_source"] as JsonObject ?? throw new InvalidDataException("a search hit has no _source"));
        var (snippet, matches) = Snippet(segment.AnswerText, Fragment(hit["highlight"] as JsonObject));
        var score = hit["_score"]?.GetValue<float>() ?? 0;
        return SearchHits.Of(segment, score, snippet, matches);
    }

    // The first field whose fragment marks a word, in the analysers' order; a hit by a filter alone has none.
    private static string? Fragment(JsonObject? highlight) =>
        highlight is null ? null
        : IndexTemplate.Analyzers.Keys
            .Select(field => (highlight[field] as JsonArray)?.FirstOrDefault()?.GetValue<string>())
            .FirstOrDefault(fragment => fragment is not null && fragment.Contains(SearchRequest.MarkStart, StringComparison.Ordinal));

    /// <summary>The snippet (whitespace collapsed, "…" where text is cut) and where its marked words lie.</summary>
    internal static (string Snippet, ImmutableArray<MatchSpan> Matches) Snippet(string answer, string? fragment)
    {
        var whole = Collapse(answer);
        if (fragment is null)
        {
            return (whole.Length <= SearchRequest.SnippetLength ? whole : whole[..SearchRequest.SnippetLength].TrimEnd() + "…", []);
        }

        var text = new StringBuilder();
        var matches = ImmutableArray.CreateBuilder<MatchSpan>();
        var start = -1;
        foreach (var c in Collapse(fragment))
        {
            switch (c)
            {
                case '\u0002':
                    start = text.Length;
                    break;
                case '\u0003' when start >= 0:
                    matches.Add(new MatchSpan(start, text.Length - start));
                    start = -1;
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        var plain = text.ToString();
        var at = whole.IndexOf(plain, StringComparison.Ordinal);
        var before = at > 0 ? "…" : string.Empty;
        var after = at < 0 || at + plain.Length < whole.Length ? "…" : string.Empty;
        return (before + plain + after, [.. matches.Select(m => m with { Start = m.Start + before.Length })]);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, int> Buckets(JsonObject aggregations, string field) =>
        ((aggregations[field] as JsonObject)?["buckets"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .ToDictionary(b => b["key"]!.ToString(), b => b["doc_count"]!.GetValue<int>(), StringComparer.Ordinal);
}
