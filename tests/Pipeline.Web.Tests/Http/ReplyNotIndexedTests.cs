using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Http;

/// <summary>A listed responder whose reply file could not be read: the web app shows its reply as not indexed, with why, never as a non-response.</summary>
public sealed class ReplyNotIndexedTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new("missing");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CompareDocumentsAndApi_ShowTheReplyAsNotIndexed_WithTheReason()
    {
        // Given Orvik's reply indexed and Aldercrest's cut off half-way, served
        var replies = Directory.CreateDirectory(_folder.Combine("replies")).FullName;
        var demo = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies");
        File.Copy(Path.Combine(demo, "Orvik Secure Communications - reply.pdf"), Path.Combine(replies, "Orvik Secure Communications - reply.pdf"));
        var aldercrest = await File.ReadAllBytesAsync(Path.Combine(demo, "Aldercrest Systems - reply.pdf"));
        await File.WriteAllBytesAsync(Path.Combine(replies, "Aldercrest Systems - reply.pdf"), aldercrest[..(aldercrest.Length / 2)]);
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        IngestJob.CreateDefault().Run(campaign, [replies], new IngestOptions { IndexDirectory = _folder.Combine("index") });
        await using var server = await RunningServer.StartAsync(_folder.Combine("index"));

        // When the matrix, one of Aldercrest's cells, the documents and the API are asked for
        var (_, matrix, _) = await server.GetAsync("/compare?campaign=demo");
        var (_, opened, _) = await server.GetAsync("/compare?campaign=demo&column=2d&company=Aldercrest%20Systems");
        var (_, documents, _) = await server.GetAsync("/documents");
        var (_, api, _) = await server.GetAsync("/api/compare?campaign=demo&companies=Aldercrest");

        // Then every cell of Aldercrest has the status of its own, its reason on hover, and opens to the reason
        var cells = Parser.ParseDocument(matrix).QuerySelectorAll("#matrix td.cell").Where(c => c.GetAttribute("data-company") == "Aldercrest Systems").ToList();
        Assert.Equal(9, cells.Count);
        Assert.All(cells, c => Assert.Equal(("reply_not_indexed", "NI"), (c.GetAttribute("data-status"), c.TextContent)));
        Assert.Contains("the file is cut off", cells[0].QuerySelector("a")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        var reason = Parser.ParseDocument(opened).QuerySelector("#answers .reason")!.TextContent;
        Assert.StartsWith("Reply not indexed: Aldercrest Systems - reply.pdf: the file is cut off", reason, StringComparison.Ordinal);
        var failed = Parser.ParseDocument(documents).QuerySelector("#failures tbody tr")!;
        Assert.Equal(["demo", "Aldercrest Systems", "Aldercrest Systems - reply.pdf", "truncated"], failed.QuerySelectorAll("td").Take(4).Select(td => td.TextContent));
        using var json = JsonDocument.Parse(api);
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.Equal("reply_not_indexed", cell.GetProperty("status").GetString());
        Assert.StartsWith("Aldercrest Systems - reply.pdf: the file is cut off", cell.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
