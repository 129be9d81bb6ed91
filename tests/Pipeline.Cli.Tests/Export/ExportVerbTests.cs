using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Cli.Tests.Search;
using Pipeline.Export.OpenSearch;
using Pipeline.Search.Reading;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Export;

/// <summary><c>pipeline export</c> and <c>pipeline search --backend opensearch</c>, run as the real executable.</summary>
public sealed class ExportVerbTests(DemoIndex demo) : IClassFixture<DemoIndex>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "pipeline-cli-export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Export_Out_WritesTheTemplateAndBulkFiles()
    {
        // Given the demo index (G4S and IrisGuard, four segments)
        // When exporting it for OpenSearch to a folder
        var (exit, stdout, _) = await PipelineProcess.RunAsync("export", "--format", "opensearch", "--out", _out, "--index", demo.Path);

        // Then the folder holds the template and one bulk file of four action + document pairs, and the output says so
        Assert.Equal(0, exit);
        Assert.StartsWith($"Exported 4 segments to {_out} (", stdout, StringComparison.Ordinal);
        Assert.Contains("bulk-0001.ndjson  4 segments", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, "index-template.json")));
        var lines = File.ReadAllLines(Path.Combine(_out, "bulk-0001.ndjson"));
        Assert.Equal(8, lines.Length);
        Assert.Equal("G4S", JsonNode.Parse(lines[1])!["company"]!.GetValue<string>());
    }

    [Fact]
    public async Task Export_Json_ListsTheFiles()
    {
        // When exporting with --json
        var (exit, stdout, _) = await PipelineProcess.RunAsync("export", "--format", "opensearch", "--out", _out, "--index", demo.Path, "--json");

        // Then one JSON document gives the folder, the template and each chunk
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("index-template.json", 4), (root.GetProperty("template").GetString(), root.GetProperty("segments").GetInt32()));
        Assert.Equal("bulk-0001.ndjson", root.GetProperty("chunks")[0].GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("error: --format is required: --format opensearch", "export", "--url", "http://127.0.0.1:9200")]
    [InlineData("error: --format: 'csv' is not a format export writes (only opensearch)", "export", "--format", "csv", "--url", "http://127.0.0.1:9200")]
    [InlineData("error: give --out DIR (write files) or --url URL (send to a server), one of the two", "export", "--format", "opensearch")]
    [InlineData("error: give --out DIR (write files) or --url URL (send to a server), one of the two", "export", "--format", "opensearch", "--out", "x", "--url", "http://127.0.0.1:9200")]
    [InlineData("error: --url: 'ftp://host' is not an http:// or https:// URL (e.g. http://127.0.0.1:9200)", "export", "--format", "opensearch", "--url", "ftp://host")]
    [InlineData("error: --opensearch-index: 'Segments' is not an index name", "export", "--format", "opensearch", "--url", "http://127.0.0.1:9200", "--opensearch-index", "Segments")]
    [InlineData("error: unknown option --ur for pipeline export; did you mean --url?", "export", "--format", "opensearch", "--ur", "http://127.0.0.1:9200")]
    [InlineData("error: --url is for --backend opensearch; add --backend opensearch", "search", "drone", "--url", "http://127.0.0.1:9200")]
    [InlineData("error: --opensearch-index is for --backend opensearch; add --backend opensearch", "search", "drone", "--opensearch-index", "segments")]
    [InlineData("error: --backend opensearch needs --url (e.g. --url http://127.0.0.1:9200)", "search", "drone", "--backend", "opensearch")]
    [InlineData("error: --backend: 'solr' is not embedded or opensearch", "search", "drone", "--backend", "solr")]
    [InlineData("error: --mode semantic: the opensearch backend searches by words only", "search", "drone", "--backend", "opensearch", "--url", "http://127.0.0.1:9200", "--mode", "semantic")]
    public async Task Misuse_IsAUsageError(string expected, params string[] args)
    {
        // When the command line asks for something export or search cannot do
        var (exit, _, stderr) = await PipelineProcess.RunAsync(args);

        // Then it says what, in one line, with exit 1
        Assert.Equal(1, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Url_NothingListening_IsAFatalErrorNamingTheServer()
    {
        // Given a port nothing listens on
        var url = $"http://127.0.0.1:{FakeOpenSearch.FreePort()}";

        // When exporting to it
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("export", "--format", "opensearch", "--url", url, "--index", demo.Path);

        // Then exit 3 with one line saying the connection was refused
        Assert.Equal(3, exit);
        Assert.Empty(stdout);
        Assert.Equal($"error (io-error): {url}/: cannot reach OpenSearch: connection refused: is the server running, and is this its address and port?", stderr.Trim());
    }

    [Fact]
    public async Task Export_Url_SomeDocumentsRefused_ListsThem_WithExit2()
    {
        // Given a server that refuses G4S's first segment
        string? refused = null;
        using var server = new FakeOpenSearch(request => request.Path != "/_bulk" ? FakeResponse.Json(200, """{"acknowledged":true}""")
            : FakeResponse.Bulk(request.Body, id => (refused ??= id) == id ? (400, "mapper_parsing_exception") : null));

        // When exporting to it
        var (exit, stdout, _) = await PipelineProcess.RunAsync("export", "--format", "opensearch", "--url", server.Url, "--index", demo.Path);

        // Then the three others are stored, the refused one is listed with the server's reason, and the exit code is 2
        Assert.Equal(2, exit);
        Assert.StartsWith($"Sent 4 segments to {server.Url}/ (index pipeline-segments) in 1 bulk request: 3 indexed, 1 refused:", stdout, StringComparison.Ordinal);
        Assert.Contains($"  {refused}  400 mapper_parsing_exception: refused {refused} for the test", stdout, StringComparison.Ordinal);
        Assert.Equal(["/_index_template/pipeline-segments", "/_bulk", "/pipeline-segments/_refresh"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Search_OpenSearchBackend_ShowsTheServersHits_AsTheEmbeddedSearchDoes()
    {
        // Given a server holding the exported demo segments, answering with IrisGuard's 1a answer
        using var index = SegmentIndex.Open(demo.Path);
        var segment = SegmentExport.Read(index).Single(s => s.Company == "IrisGuard" && s.Questions[0].Value == "1a");
        var response = new JsonObject
        {
            ["timed_out"] = false,
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = 1, ["relation"] = "eq" },
                ["hits"] = new JsonArray(new JsonObject
                {
                    ["_id"] = SegmentSource.IdOf(segment),
                    ["_score"] = 1.5,
                    ["_source"] = SegmentSource.ToJson(segment),
                    ["highlight"] = new JsonObject { ["text_en"] = new JsonArray("IrisGuard provides \u0002iris\u0003 recognition for cash assistance to refugees in Jordan, with the consent of each refugee.") },
                }),
            },
            ["aggregations"] = new JsonObject { ["company"] = new JsonObject { ["buckets"] = new JsonArray(new JsonObject { ["key"] = "IrisGuard", ["doc_count"] = 1 }) } },
        };
        using var server = new FakeOpenSearch(_ => FakeResponse.Json(200, response.ToJsonString()));

        // When searching it by company alias, as with the embedded index
        var (exit, stdout, _) = await PipelineProcess.RunAsync("search", "iris", "--company", "irisguard", "--backend", "opensearch", "--url", server.Url, "--index", demo.Path);

        // Then the request filters on the company, and the hit is shown with provenance, marked words and facets
        Assert.Equal(0, exit);
        var body = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Equal("""[{"term":{"company":"irisguard"}}]""", body["query"]!["bool"]!["filter"]!.ToJsonString());
        Assert.StartsWith("1 segment matches \"iris\":", stdout, StringComparison.Ordinal);
        Assert.Contains("IrisGuard · 1a · products_and_clients · partial · irisguard-reply.pdf p. 1 · mena-2022 · score", stdout, StringComparison.Ordinal);
        Assert.Contains("IrisGuard provides «iris» recognition", stdout, StringComparison.Ordinal);
        Assert.Contains("company   IrisGuard 1", stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
