using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>What every response carries, and how the server answers requests it will not serve.</summary>
public sealed class ServerBehaviourTests(HostileServer hostile) : IClassFixture<HostileServer>
{
    [Theory]
    [InlineData("/search?q=grievance")]
    [InlineData("/compare?campaign=hostile")]
    [InlineData("/api/search?q=grievance")]
    [InlineData("/static/app.css")]
    [InlineData("/nothing/here")]
    public async Task Response_Any_CarriesTheSecurityHeaders(string path)
    {
        // When
        var (_, _, response) = await hostile.Server.GetAsync(path);

        // Then
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("default-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Report_Policy_AllowsExactlyItsOwnInlineScriptAndStyle()
    {
        // When
        var (status, body, response) = await hostile.Server.GetAsync("/campaigns/hostile");

        // Then the policy names the hashes of the page's one script and one stylesheet, and allows nothing else inline
        Assert.Equal(HttpStatusCode.OK, status);
        var page = new HtmlParser().ParseDocument(body);
        var script = Assert.Single(page.Scripts).Text;
        var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src '{Sha256(script)}';", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src '{Sha256(style)}';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example:80")]
    public async Task Request_ForAnotherHostName_IsRefused(string host)
    {
        // When a page elsewhere reaches the server under its own name (DNS rebinding)
        var (status, response) = await RawHttp.GetAsync(hostile.Server.Address, "/api/documents", host);

        // Then nothing is served
        Assert.Equal(400, status);
        Assert.DoesNotContain("hostile", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task Request_ForALoopbackName_IsServed(string host)
    {
        // When
        var (status, _) = await RawHttp.GetAsync(hostile.Server.Address, "/api/documents", $"{host}:{hostile.Server.Address.Port}");

        // Then
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task NoIndex_PagesSayHowToMakeOne()
    {
        // Given a server over a folder with no index yet
        using var empty = new TempFolder("empty");
        await using var server = await RunningServer.StartAsync(empty.Combine("index"));

        // When
        var (pageStatus, page, _) = await server.GetAsync("/search?q=grievance");
        var (apiStatus, api, _) = await server.GetAsync("/api/search?q=grievance");
        var (cssStatus, _, _) = await server.GetAsync("/static/app.css");

        // Then a friendly page and a JSON error, both naming the commands; the stylesheet still loads
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pageStatus);
        Assert.Contains("<code>pipeline run</code>", page, StringComparison.Ordinal);
        Assert.Contains("pipeline ingest", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiStatus);
        Assert.Equal("no_index", JsonDocument.Parse(api).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, cssStatus);
    }

    [Fact]
    public async Task IndexCreatedWhileServing_IsSeenAtTheNextRequest()
    {
        // Given a server started before the index exists
        using var later = new TempFolder("later");
        await using var server = await RunningServer.StartAsync(later.Combine("index"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.GetAsync("/documents")).Status);

        // When an ingest commits an index there
        using var made = new HostileIndex();
        CopyFolder(made.Index, later.Combine("index"));

        // Then the next request serves it
        var (status, body, _) = await server.GetAsync("/documents");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Acme &lt;svg onload=alert(5)&gt; reply.txt", body, StringComparison.Ordinal);
    }

    private static string Sha256(string text) =>
        "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
