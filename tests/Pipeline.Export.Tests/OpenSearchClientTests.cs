using System.Text;
using Pipeline.Core.Errors;
using Pipeline.Export.OpenSearch;
using Pipeline.Export.Tests.Fixtures;
using Pipeline.Testing;

namespace Pipeline.Export.Tests;

/// <summary>The HTTP client against a loopback server that records requests and answers as OpenSearch does.</summary>
public sealed class OpenSearchClientTests(ExportIndex index) : IClassFixture<ExportIndex>
{
    private readonly List<TimeSpan> _waits = [];

    [Fact]
    public async Task Bulk_PostsTheChunk_AsNdjson()
    {
        // Given a server that accepts every document
        using var server = new FakeOpenSearch(request => FakeResponse.Bulk(request.Body));
        using var client = Client(server.Url);
        var chunk = Chunks.All(index);

        // When the chunk is sent
        var outcome = await client.BulkAsync(chunk, CancellationToken.None);

        // Then one POST /_bulk carried exactly the chunk's bytes as application/x-ndjson, and every document was stored
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/_bulk", "application/x-ndjson"), (request.Method, request.Path, request.ContentType));
        Assert.Equal(Encoding.UTF8.GetString(chunk.ToBytes()), request.Body);
        Assert.Equal((7, 0, 0), (outcome.Indexed, outcome.Failures.Length, outcome.Retries));
    }

    [Fact]
    public async Task Bulk_RetriesBusyAnswers_WithDoublingWaits()
    {
        // Given a server that answers 429, then 503, then takes the documents
        var answers = new Queue<Func<FakeRequest, FakeResponse>>([_ => FakeResponse.Busy(429), _ => FakeResponse.Busy(503), r => FakeResponse.Bulk(r.Body)]);
        using var server = new FakeOpenSearch(request => answers.Dequeue()(request));
        using var client = Client(server.Url);

        // When a chunk is sent
        var outcome = await client.BulkAsync(Chunks.All(index), CancellationToken.None);

        // Then it was sent three times, waiting 0.5 s then 1 s, and everything was stored
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], _waits);
        Assert.Equal((7, 2), (outcome.Indexed, outcome.Retries));
    }

    [Fact]
    public async Task Bulk_HonoursRetryAfter_UpToTheLongestWait()
    {
        // Given a server that asks to come back in 60 s, then takes the documents
        var answers = new Queue<Func<FakeRequest, FakeResponse>>([_ => FakeResponse.Busy(503) with { RetryAfterSeconds = 60 }, r => FakeResponse.Bulk(r.Body)]);
        using var server = new FakeOpenSearch(request => answers.Dequeue()(request));
        using var client = Client(server.Url);

        // When a chunk is sent
        await client.BulkAsync(Chunks.All(index), CancellationToken.None);

        // Then the wait is the server's, capped at 30 s
        Assert.Equal([TimeSpan.FromSeconds(30)], _waits);
    }

    [Fact]
    public async Task Bulk_StillBusyAfterEveryRetry_IsATypedErrorWithTheServersReason()
    {
        // Given a server that is always busy
        using var server = new FakeOpenSearch(_ => FakeResponse.Busy(503));
        using var client = Client(server.Url, maxRetries: 2);

        // When a chunk is sent
        var error = await Assert.ThrowsAsync<PipelineException>(() => client.BulkAsync(Chunks.All(index), CancellationToken.None));

        // Then it was tried three times, and the error says what the server said
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(ErrorCode.IoError, error.Code);
        Assert.Contains("OpenSearch refused POST _bulk: 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("es_rejected_execution_exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_PartialFailure_IsReportedPerDocument()
    {
        // Given a server that refuses Thales's first segment with a mapping error
        var chunk = Chunks.All(index);
        var refused = chunk.Pairs.First(p => p.Id.StartsWith("mena-2022:a1", StringComparison.Ordinal)).Id;
        using var server = new FakeOpenSearch(request => FakeResponse.Bulk(request.Body, id => id == refused ? (400, "mapper_parsing_exception") : null));
        using var client = Client(server.Url);

        // When the chunk is sent
        var outcome = await client.BulkAsync(chunk, CancellationToken.None);

        // Then the others are stored and the refused one is reported with its id, status, type and reason, not retried
        Assert.Equal(6, outcome.Indexed);
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal((refused, 400, "mapper_parsing_exception", $"refused {refused} for the test"), (failure.Id, failure.Status, failure.Type, failure.Reason));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Bulk_ItemsRefusedAsBusy_AreSentAgainAlone()
    {
        // Given a server whose first answer refuses two documents as busy (429 items), and then takes them
        var chunk = Chunks.All(index);
        var busy = chunk.Pairs.Take(2).Select(p => p.Id).ToHashSet();
        var first = true;
        using var server = new FakeOpenSearch(request =>
        {
            var answer = FakeResponse.Bulk(request.Body, id => first && busy.Contains(id) ? (429, "es_rejected_execution_exception") : null);
            first = false;
            return answer;
        });
        using var client = Client(server.Url);

        // When the chunk is sent
        var outcome = await client.BulkAsync(chunk, CancellationToken.None);

        // Then the second request held only those two documents, after a wait, and all were stored
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(Encoding.UTF8.GetString(new BulkChunk(1, chunk.Pairs[..2]).ToBytes()), server.Requests[1].Body);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], _waits);
        Assert.Equal((7, 0, 1), (outcome.Indexed, outcome.Failures.Length, outcome.Retries));
    }

    [Fact]
    public async Task ConnectionRefused_IsATypedError_NamingTheServer()
    {
        // Given a port nothing listens on
        var url = $"http://127.0.0.1:{FakeOpenSearch.FreePort()}";
        using var client = Client(url);

        // When a chunk is sent
        var error = await Assert.ThrowsAsync<PipelineException>(() => client.BulkAsync(Chunks.All(index), CancellationToken.None));

        // Then the error is an I/O error naming the URL and saying the connection was refused, without retrying
        Assert.Equal(ErrorCode.IoError, error.Code);
        Assert.StartsWith(url + "/: cannot reach OpenSearch: connection refused", error.Message, StringComparison.Ordinal);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task CredentialsInTheUrl_AreSentAsBasicAuthentication_AndNotShown()
    {
        // Given a URL with a user and password
        using var server = new FakeOpenSearch();
        using var client = new OpenSearchClient(new Uri($"http://export:s3cret@127.0.0.1:{server.Port}"));

        // When refreshing an index
        await client.RefreshAsync("pipeline-segments", CancellationToken.None);

        // Then the request carries basic authentication, and the client's URL does not show the password
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("export:s3cret")), server.Requests[0].Authorization);
        Assert.Equal(("POST", "/pipeline-segments/_refresh"), (server.Requests[0].Method, server.Requests[0].Path));
        Assert.DoesNotContain("s3cret", client.Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerBehindAPath_GetsTheApiBelowThatPath()
    {
        // Given a server reached through a proxy path, written without a trailing slash
        using var server = new FakeOpenSearch();
        using var client = new OpenSearchClient(new Uri($"{server.Url}/opensearch"));

        // When refreshing an index
        await client.RefreshAsync("pipeline-segments", CancellationToken.None);

        // Then the API path is below the proxy path
        Assert.Equal("/opensearch/pipeline-segments/_refresh", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Export_SendsTheTemplate_ThenEachChunk_ThenARefresh()
    {
        // Given a server that takes everything, and chunks of about two segments
        using var server = new FakeOpenSearch(request => request.Path == "/_bulk" ? FakeResponse.Bulk(request.Body) : FakeResponse.Json(200, """{"acknowledged":true}"""));
        using var client = Client(server.Url);
        using var reader = index.Open();

        // When the index is exported over HTTP
        var summary = await HttpExporter.SendAsync(client, SegmentExport.Read(reader), maxChunkBytes: 2_500);

        // Then the template went first, as JSON, then the bulk requests, then a refresh of the index
        var requests = server.Requests;
        Assert.Equal(("PUT", "/_index_template/pipeline-segments", "application/json; charset=utf-8"), (requests[0].Method, requests[0].Path, requests[0].ContentType));
        Assert.Equal(IndexTemplate.Build().ToJsonString(), requests[0].Body);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/_bulk", r.Path));
        Assert.Equal("/pipeline-segments/_refresh", requests[^1].Path);
        Assert.Equal(summary.Chunks.Length, requests.Count - 2);
        Assert.True(summary.Chunks.Length >= 3);
        Assert.Equal((7, 7), (summary.Segments, summary.Indexed));
    }

    private OpenSearchClient Client(string url, int maxRetries = 5) => new(
        new Uri(url),
        new RetryOptions { MaxRetries = maxRetries, Wait = (wait, _) => { _waits.Add(wait); return Task.CompletedTask; } });
}
