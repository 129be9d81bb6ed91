using System.Net;
using System.Text.Json.Nodes;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The API answers the very document the command line prints for the same request (parsed and compared).</summary>
[Collection(DemoCorpus.Name)]
public sealed class CliParityTests(DemoServer demo)
{
    [Theory]
    [InlineData("/api/search?q=grievance", new[] { "search", "grievance" })]
    [InlineData("/api/search?q=%22due%20diligence%22&company=Helvora%20Biometrics&limit=3", new[] { "search", "\"due diligence\"", "--company", "Helvora Biometrics", "--limit", "3" })]
    [InlineData("/api/search?q=*&question=1&status=declined&campaign=demo", new[] { "search", "*", "--question", "1", "--status", "declined", "--campaign", "demo" })]
    [InlineData("/api/search?q=confidential*%20AND%20topic:confidentiality_decline&limit=20", new[] { "search", "confidential* AND topic:confidentiality_decline", "--limit", "20" })]
    [InlineData("/api/documents", new[] { "documents" })]
    [InlineData("/api/documents?campaign=demo", new[] { "documents", "--campaign", "demo" })]
    public async Task Api_Json_EqualsTheCommandsJson(string path, string[] verb)
    {
        // When the API and the command answer the same request
        var (status, api, _) = await demo.Server.GetAsync(path);
        var cli = await RunAsync([.. verb, "--json", "--index", demo.Index]);

        // Then the documents are equal
        Assert.Equal(HttpStatusCode.OK, status);
        AssertSameJson(cli, api);
    }

    [Theory]
    [InlineData("/api/compare", new[] { "compare", "--format", "json" })]
    [InlineData("/api/compare?campaign=demo&by=topic&companies=Helvora%20Biometrics&companies=Kestrel%20Ridge%20Analytics", new[] { "compare", "--format", "json", "--campaign", "demo", "--by", "topic", "--companies", "Helvora Biometrics,Kestrel Ridge Analytics" })]
    [InlineData("/api/compare?questions=2d,1a&companies=Quillon%20Data%20Fusion", new[] { "compare", "--format", "json", "--questions", "2d,1a", "--companies", "Quillon Data Fusion" })]
    public async Task ApiCompare_EqualsCompareFormatJson(string path, string[] verb)
    {
        // When
        var (status, api, _) = await demo.Server.GetAsync(path);
        var cli = await RunAsync([.. verb, "--index", demo.Index]);

        // Then equal but for the time each was generated
        Assert.Equal(HttpStatusCode.OK, status);
        AssertSameJson(cli, api, "generatedAt");
    }

    [Fact]
    public async Task CompareExport_Csv_IsTheCommandsCsvByteForByte()
    {
        // When
        var (status, _, response) = await demo.Server.GetAsync("/compare/export?format=csv&questions=2a&questions=2d");
        var cli = await RunAsync("compare", "--format", "csv", "--questions", "2a,2d", "--index", demo.Index);

        // Then the same file, offered as a download
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("demo-compare.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(cli, (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task CompareExport_Xlsx_IsAWorkbook()
    {
        // When
        var (status, _, response) = await demo.Server.GetAsync("/compare/export?format=xlsx");

        // Then a zip package of the spreadsheet type
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("demo-compare.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(args);
        Assert.True(exit == 0, $"pipeline {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout.TrimStart('\uFEFF');
    }

    private static void AssertSameJson(string expected, string actual, string? ignore = null)
    {
        var left = JsonNode.Parse(expected)!;
        var right = JsonNode.Parse(actual)!;
        if (ignore is not null)
        {
            Assert.NotNull(left[ignore]);
            left.AsObject().Remove(ignore);
            right.AsObject().Remove(ignore);
        }

        Assert.True(JsonNode.DeepEquals(left, right), $"the API differs from the command.\ncommand: {Cut(left)}\napi:     {Cut(right)}");
    }

    private static string Cut(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 2000 ? text : text[..2000] + "…";
    }
}
