using System.Text.Json.Nodes;
using Pipeline.Core.Topics;
using Pipeline.Export.OpenSearch;
using Pipeline.Export.Tests.Fixtures;
using Pipeline.Search.QueryDsl;
using Pipeline.Search.Querying;
using Pipeline.Testing;

namespace Pipeline.Export.Tests;

/// <summary>
/// Search against exported segments end to end: our parser, translator, HTTP client and result mapping all run; only the
/// server is a fake, answering in OpenSearch's response shape with documents this exporter wrote.
/// </summary>
public sealed class OpenSearchBackendTests(ExportIndex index) : IClassFixture<ExportIndex>
{
    [Fact]
    public async Task Search_SendsTheTranslatedQuery_AndReadsHitsSnippetsAndFacets()
    {
        // Given a server holding the exported segments, answering with Thales's and IDEMIA's 2d answers
        using var reader = index.Open();
        var segments = SegmentExport.Read(reader).ToList();
        var thales = segments.Single(s => s.Company == "Thales" && s.Ordinal == 1);
        var idemia = segments.Single(s => s.Company == "IDEMIA" && s.Ordinal == 1);
        var response = new JsonObject
        {
            ["took"] = 4,
            ["timed_out"] = false,
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = 2, ["relation"] = "eq" },
                ["hits"] = new JsonArray(
                    Hit(thales, 2.5, "text_en", "Any person can raise concerns through our whistleblowing hotline, a \u0002grievance\u0003 mechanism open to external stakeholders."),
                    Hit(idemia, 1.25, "text_fr", "Les \u0002plaintes\u0003 peuvent être déposées par le biais de notre dispositif d'alerte")),
            },
            ["aggregations"] = new JsonObject
            {
                ["company"] = Buckets(("Thales", 1), ("IDEMIA", 1)),
                ["question"] = Buckets(("2d", 2)),
                ["topic"] = Buckets(("grievance_mechanism", 2)),
                ["status"] = Buckets(("answered", 2)),
                ["campaign"] = Buckets(("mena-2022", 2)),
            },
        };
        using var server = new FakeOpenSearch(_ => FakeResponse.Json(200, response.ToJsonString()));
        using var client = new OpenSearchClient(new Uri(server.Url));
        var query = SearchQueryParser.Parse("grievance OR plaintes").Query!;
        var filters = new SearchFilters { Campaign = "mena-2022", Topic = Topic.GrievanceMechanism };

        // When searching through the backend, second page of 5
        var results = await new OpenSearchBackend(client).SearchAsync(query, filters, limit: 5, offset: 5, CancellationToken.None);

        // Then the request is the translated query with facets as terms aggregations on the facet sub-fields
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/pipeline-segments/_search"), (request.Method, request.Path));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(QueryDslTranslator.Translate(query, filters).Query!.ToJsonString(), body["query"]!.ToJsonString());
        Assert.Equal((5, 5, true), (body["from"]!.GetValue<int>(), body["size"]!.GetValue<int>(), body["track_total_hits"]!.GetValue<bool>()));
        Assert.Equal("company.facet", body["aggs"]!["company"]!["terms"]!["field"]!.GetValue<string>());
        Assert.Equal(["company", "question", "topic", "status", "campaign"], body["aggs"]!.AsObject().Select(p => p.Key));

        // and the answer reads as the embedded index's: hits with provenance, marked words, facets
        Assert.Equal(2, results.Total);
        Assert.True(results.Complete);
        Assert.Equal(["Thales", "IDEMIA"], results.Hits.Select(h => h.Company));
        var first = results.Hits[0];
        Assert.Equal(("2d", "thales-reply.pdf", 2.5f, "mena-2022", 1), (first.Questions[0].Value, first.File, first.Score, first.Campaign, first.Ordinal));
        Assert.Equal("grievance", first.Snippet.Substring(first.Matches[0].Start, first.Matches[0].Length));
        var second = results.Hits[1];
        Assert.StartsWith("Les plaintes peuvent", second.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", second.Snippet, StringComparison.Ordinal);
        Assert.Equal("plaintes", second.Snippet.Substring(second.Matches[0].Start, second.Matches[0].Length));
        Assert.Equal(1, results.Facets.Company["IDEMIA"]);
        Assert.Equal(2, results.Facets.Question["2d"]);
        Assert.Equal(2, results.Facets.Campaign["mena-2022"]);
    }

    [Fact]
    public async Task Search_StoppedByTheServersTimeout_SaysItIsPartial()
    {
        // Given a server whose search timed out with nothing found
        using var server = new FakeOpenSearch(_ => FakeResponse.Json(200, """{"timed_out":true,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{}}"""));
        using var client = new OpenSearchClient(new Uri(server.Url));

        // When searching
        var results = await new OpenSearchBackend(client).SearchAsync(SearchQueryParser.Parse("drone*").Query!, SearchFilters.None, 10, 0, CancellationToken.None);

        // Then the results say they are partial, as the embedded index does past its time budget
        Assert.False(results.Complete);
        Assert.Equal(SearchNotice.TimeBudget, Assert.Single(results.Notices).Code);
    }

    [Fact]
    public void Snippet_WithoutHighlight_IsTheAnswersStart()
    {
        // Given a hit found by a filter alone (no words to mark) with a long answer
        var answer = string.Join(' ', Enumerable.Repeat("word", 100));

        // When its snippet is made
        var (snippet, matches) = SearchResponse.Snippet(answer, fragment: null);

        // Then it is the first 200 characters, cut with an ellipsis, and marks nothing
        Assert.Equal(answer[..199] + "…", snippet);
        Assert.Empty(matches);
    }

    private static JsonObject Hit(Pipeline.Search.Indexing.IndexedSegment segment, double score, string field, string fragment) => new()
    {
        ["_index"] = IndexTemplate.DefaultIndexName,
        ["_id"] = SegmentSource.IdOf(segment),
        ["_score"] = score,
        ["_source"] = SegmentSource.ToJson(segment),
        ["highlight"] = new JsonObject { [field] = new JsonArray(fragment) },
    };

    private static JsonObject Buckets(params (string Key, int Count)[] buckets) => new()
    {
        ["buckets"] = new JsonArray([.. buckets.Select(b => (JsonNode)new JsonObject { ["key"] = b.Key, ["doc_count"] = b.Count })]),
    };
}
