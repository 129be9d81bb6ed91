using System.Text.Json.Nodes;
using Pipeline.Search.QueryDsl;

namespace Pipeline.Export.OpenSearch;

/// <summary>The body of a search against exported segments: the translated query, a page of hits with highlights, and facets as terms aggregations.</summary>
public static class SearchRequest
{
    /// <summary>Highlight marks: control characters no extracted text holds, so no part of a reply is taken for a mark.</summary>
    internal const string MarkStart = "\u0002";

    internal const string MarkEnd = "\u0003";

    /// <summary>Snippet length, as the embedded index's snippets (about 200 characters).</summary>
    internal const int SnippetLength = 200;

    /// <summary>Values counted per facet: more than a campaign has companies or questions.</summary>
    internal const int FacetSize = 1_000;

    public static JsonObject Build(JsonObject query, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(query);
        var aggregations = new JsonObject();
        foreach (var field in QueryDslFields.Faceted)
        {
            aggregations[field] = new JsonObject { ["terms"] = new JsonObject { ["field"] = QueryDslFields.FacetOf(field), ["size"] = FacetSize } };
        }

        var highlighted = new JsonObject();
        foreach (var field in IndexTemplate.Analyzers.Keys)
        {
            highlighted[field] = new JsonObject();
        }

        return new JsonObject
        {
            ["from"] = offset,
            ["size"] = limit,
            ["track_total_hits"] = true,

            // The embedded index's time budget (SearchLimits.TimeBudget): past it, what was found, marked partial.
            ["timeout"] = "3s",
            ["query"] = query,
            ["aggs"] = aggregations,
            ["highlight"] = new JsonObject
            {
                ["pre_tags"] = new JsonArray(MarkStart),
                ["post_tags"] = new JsonArray(MarkEnd),
                ["fragment_size"] = SnippetLength,
                ["number_of_fragments"] = 1,
                ["fields"] = highlighted,
            },
        };
    }
}
