using System.Text.Json;
using Pipeline.Testing;

using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Search;

public sealed class SearchVerbTests(DemoIndex demo) : IClassFixture<DemoIndex>
{
    [Fact]
    public async Task Search_Json_GivesTheDocumentedShape()
    {
        // Given an index with G4S and IrisGuard
        // When searching "grievance OR complaints" as JSON
        var (exit, stdout, _) = await PipelineProcess.RunAsync("search", "grievance OR complaints", "--index", demo.Path, "--json");

        // Then one JSON document with query, total, hits (company, questions, topic, document, file, pages, score, snippet, matches) and facets
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(("grievance OR complaints", 2), (root.GetProperty("query").GetString(), root.GetProperty("total").GetInt32()));
        var hit = root.GetProperty("hits")[0];
        foreach (var key in new[] { "company", "questions", "topic", "document", "file", "pages", "score", "snippet", "matches" })
        {
            Assert.True(hit.TryGetProperty(key, out _), $"hit lacks '{key}'");
        }

        var snippet = hit.GetProperty("snippet").GetString()!;
        var match = hit.GetProperty("matches")[0];
        var matched = snippet.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32());
        Assert.Contains(matched, new[] { "grievance", "complaints" });
        Assert.Equal("2d", hit.GetProperty("questions")[0].GetString());
        Assert.Equal(2, root.GetProperty("facets").GetProperty("question").GetProperty("2d").GetInt32());
        Assert.Equal(1, root.GetProperty("facets").GetProperty("company").GetProperty("G4S").GetInt32());
    }

    [Fact]
    public async Task Search_Human_MarksTermsAndListsFacets()
    {
        // Given the demo index
        // When searching with a company filter, without --json
        var (exit, stdout, _) = await PipelineProcess.RunAsync("search", "iris", "--company", "irisguard", "--mode", "keyword", "--index", demo.Path);

        // Then the hits show provenance and marked terms, and the facets follow
        Assert.Equal(0, exit);
        Assert.StartsWith("2 segments match \"iris\":", stdout, StringComparison.Ordinal);
        Assert.Contains("IrisGuard · 1a · products_and_clients · partial · irisguard-reply.pdf p. 1 · mena-2022 · score", stdout, StringComparison.Ordinal);
        Assert.Contains("IrisGuard provides «iris» recognition", stdout, StringComparison.Ordinal);
        Assert.Contains("company   IrisGuard 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Offset_ShowsTheNextHits_NumberedOnFromTheFirstPage()
    {
        // Given the demo index, where "iris" matches two of IrisGuard's segments
        var (_, first, _) = await PipelineProcess.RunAsync("search", "iris", "--company", "irisguard", "--limit", "1", "--mode", "keyword", "--index", demo.Path);

        // When asking for the second hit
        var (exit, second, _) = await PipelineProcess.RunAsync("search", "iris", "--company", "irisguard", "--limit", "1", "--offset", "1", "--mode", "keyword", "--index", demo.Path);

        // Then it is hit number 2, a different segment from the first page's, and the totals still count both
        Assert.Equal(0, exit);
        Assert.StartsWith("2 segments match \"iris\"; the best 1:", first, StringComparison.Ordinal);
        Assert.StartsWith("2 segments match \"iris\"; hits 2–2:", second, StringComparison.Ordinal);
        Assert.Contains("\n 2. IrisGuard", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\n 1. ", second, StringComparison.Ordinal);
        Assert.NotEqual(Snippet(first), Snippet(second));
    }

    /// <summary>The marked snippet of the only hit shown: the line after its numbered provenance line.</summary>
    private static string Snippet(string output)
    {
        var lines = output.Split('\n');
        return lines[Array.FindIndex(lines, line => line.StartsWith(" 1. ", StringComparison.Ordinal) || line.StartsWith(" 2. ", StringComparison.Ordinal)) + 1];
    }

    [Fact]
    public async Task Search_MalformedQuery_ExitsOneWithPositionAndHint()
    {
        // Given the demo index
        // When the query has an unclosed parenthesis
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "(iris OR drone", "--index", demo.Path);

        // Then exit code 1, nothing on stdout, the position and a hint on stderr, no stack trace
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal(
            "error: malformed query: unexpected end of the query at position 15\n  (iris OR drone\n                ^\nhint: close every '(' with ')'\n",
            stderr);
    }

    [Theory]
    [InlineData("--topic", "grievance", "is not a topic")]
    [InlineData("--question", "two", "is not a question id")]
    [InlineData("--status", "maybe", "is not a status")]
    public async Task Search_BadFilterValue_ExitsOne(string option, string value, string message)
    {
        // Given the demo index
        // When a filter's value is invalid
        var (exit, _, stderr) = await PipelineProcess.RunAsync("search", "iris", option, value, "--index", demo.Path);

        // Then exit code 1 and the message names the problem
        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoIndex_SaysToRunIngest()
    {
        // Given a folder without an index
        var empty = Path.Combine(Path.GetTempPath(), "pipeline-no-index-" + Guid.NewGuid().ToString("N"));

        // When searching it
        var (exit, _, stderr) = await PipelineProcess.RunAsync("search", "iris", "--index", empty);

        // Then exit code 1 and the way out
        Assert.Equal(1, exit);
        Assert.Contains("run `pipeline ingest", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_Human_ListsEachDocumentAndItsWarnings()
    {
        // Given the demo index
        // When listing the documents
        var (exit, stdout, _) = await PipelineProcess.RunAsync("documents", "--index", demo.Path);

        // Then each reply is a row, with totals and warnings below
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        Assert.Equal("campaign   company    file                 format  pages  segments  warnings  ingested (UTC)", lines[0]);
        Assert.Equal("mena-2022  G4S        g4s-reply.pdf        pdf         3         2         1  2024-05-01 12:00", lines[1]);
        Assert.Contains("2 documents, 4 segments", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: g4s-reply.pdf: pdf.ocr (p. 3): page 3 was read by OCR", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_Json_ListsRecords()
    {
        // Given the demo index
        // When listing the documents as JSON
        var (exit, stdout, _) = await PipelineProcess.RunAsync("documents", "--json", "--index", demo.Path);

        // Then each record has campaign, company, file, pages, segments and warnings
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(
            ("mena-2022", "G4S", "g4s-reply.pdf", 3, 2, "pdf.ocr"),
            (first.GetProperty("campaign").GetString(), first.GetProperty("company").GetString(), first.GetProperty("file").GetString(),
             first.GetProperty("pages").GetInt32(), first.GetProperty("segments").GetInt32(), first.GetProperty("warnings")[0].GetProperty("code").GetString()));
    }
}
