using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Web.Hosting;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The server answers only so many searches at once (issue 17: eight clients on two cores); the rest wait their turn,
/// and one that finds the queue full is told to come back, never left hanging; other pages never queue.
/// </summary>
[Collection(DemoCorpus.Name)]
public sealed class RequestQueueTests(DemoServer demo)
{
    [Fact]
    public async Task Search_WhileEverySlotIsTaken_WaitsItsTurn_ThenIsServed()
    {
        // Given a server answering one request at a time, that one slot taken
        await using var server = await RunningServer.StartAsync(new WebServerOptions { IndexDirectory = demo.Index, RequestSlots = 1, QueuedRequests = 4 });
        var limiter = server.Server.Services.GetRequiredService<RequestQueue.Limits>().Limiter;
        var held = await limiter.AcquireAsync(1);
        Assert.True(held.IsAcquired);

        // When a search arrives
        var search = server.GetAsync("/api/search?q=licence");

        // Then it waits while the slot is taken, and is answered once the slot is free
        Assert.NotSame(search, await Task.WhenAny(search, Task.Delay(TimeSpan.FromMilliseconds(500))));
        held.Dispose();
        var (status, body, _) = await search.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Search_WhenTheQueueIsFull_Is503WithRetryAfter_ButOtherPagesAreServed()
    {
        // Given a server answering one request at a time and letting none wait, its slot taken
        await using var server = await RunningServer.StartAsync(new WebServerOptions { IndexDirectory = demo.Index, RequestSlots = 1, QueuedRequests = 0 });
        var limiter = server.Server.Services.GetRequiredService<RequestQueue.Limits>().Limiter;
        using (var held = await limiter.AcquireAsync(1))
        {
            // When an API search, the search page, the documents list, the campaigns list and the stylesheet are asked for
            var (api, body, response) = await server.GetAsync("/api/search?q=licence");
            var (page, html, _) = await server.GetAsync("/search?q=licence");
            var (documents, _, _) = await server.GetAsync("/documents");
            var (campaigns, _, _) = await server.GetAsync("/campaigns");
            var (css, _, _) = await server.GetAsync("/static/app.css");

            // Then the searches are turned away at once, saying why and when to retry; the other pages are served
            Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (api, page));
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (documents, campaigns, css));
            Assert.Equal("busy", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
            Assert.Contains("The server is busy", html, StringComparison.Ordinal);
        }

        // And once the slot is free, the search is served
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/api/search?q=licence")).Status);
    }
}
