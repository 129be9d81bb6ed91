using System.Net;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>Files are served by document id only: no path from a request ever reaches the file system.</summary>
public sealed class TraversalTests(HostileServer hostile) : IClassFixture<HostileServer>
{
    [Theory]
    [InlineData("/documents/../../etc/passwd")]
    [InlineData("/documents/../../../../../../etc/passwd/file")]
    [InlineData("/documents/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/documents/..%2F..%2F..%2Fetc%2Fpasswd/file")]
    [InlineData("/documents/%2e%2e/%2e%2e/%2e%2e/etc/passwd/file")]
    [InlineData("/documents/%252e%252e%252f%252e%252e%252fetc%252fpasswd/file")]
    [InlineData("/documents/....//....//etc/passwd/file")]
    [InlineData("/documents/%2Fetc%2Fpasswd/file")]
    [InlineData("/documents/..\\..\\etc\\passwd/file")]
    [InlineData("/static/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/static/../../etc/passwd")]
    [InlineData("/documents/0000000000000000000000000000000000000000000000000000000000000000/file")]
    [InlineData("/documents/0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("/documents/not-an-id/file")]
    public async Task File_PathOrUnknownId_Is404(string target)
    {
        // When the request line goes to the server unaltered
        var (status, response) = await RawHttp.GetAsync(hostile.Server.Address, target);

        // Then nothing is found, and no file content leaks
        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_UpperCaseId_IsNotTheIndexedOne()
    {
        // When the id is spelled differently from the index's
        var (status, _) = await RawHttp.GetAsync(hostile.Server.Address, $"/documents/{hostile.Data.DocumentId.ToUpperInvariant()}/file");

        // Then it names no document
        Assert.Equal(404, status);
    }

    [Fact]
    public async Task File_KnownId_IsServedAsADownloadThatCannotRun()
    {
        // When
        var (status, _, response) = await hostile.Server.GetAsync($"/documents/{hostile.Data.DocumentId}/file");

        // Then the indexed bytes, as an attachment under a sandboxing policy
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(await File.ReadAllBytesAsync(hostile.Data.ReplyPath), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HostileIndex.FileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ChangedSinceIndexed_IsNotServed()
    {
        // Given an index whose reply file was edited after ingest
        using var changed = new HostileIndex();
        await File.AppendAllTextAsync(changed.ReplyPath, "an edit");
        await using var server = await RunningServer.StartAsync(changed.Index);

        // When
        var (status, body, _) = await server.GetAsync($"/documents/{changed.DocumentId}/file");

        // Then 409, saying why; the page of the indexed reply still opens
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("has changed since it was indexed", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync($"/documents/{changed.DocumentId}")).Status);
    }

    [Fact]
    public async Task File_RemovedSinceIndexed_Is404()
    {
        // Given an index whose reply file was deleted after ingest
        using var removed = new HostileIndex();
        File.Delete(removed.ReplyPath);
        await using var server = await RunningServer.StartAsync(removed.Index);

        // When
        var (status, body, _) = await server.GetAsync($"/documents/{removed.DocumentId}/file");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no longer where it was indexed from", body, StringComparison.Ordinal);
    }
}
