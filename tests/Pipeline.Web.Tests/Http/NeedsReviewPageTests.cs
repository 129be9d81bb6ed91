using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The needsReview mark of issue 20 in the web app: visible on the matrix, on answers and on a reply's segments.</summary>
[Collection(DemoCorpus.Name)]
public sealed class NeedsReviewPageTests(DemoServer demo)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Compare_MatrixFlagsExactlyTheCellsTheApiMarks()
    {
        // Given the cells the JSON API marks
        var (_, api, _) = await demo.Server.GetAsync("/api/compare?campaign=demo");
        using var json = JsonDocument.Parse(api);
        var marked = json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("needsReview").GetBoolean())
            .Select(c => (c.GetProperty("company").GetString(), c.GetProperty("question").GetString()))
            .ToHashSet();

        // When the matrix page is read
        var (_, body, _) = await demo.Server.GetAsync("/compare?campaign=demo");
        var flagged = Parser.ParseDocument(body).QuerySelectorAll("td.cell")
            .Where(td => td.QuerySelector(".review-flag") is not null)
            .Select(td => (td.GetAttribute("data-company"), td.GetAttribute("data-question")))
            .ToHashSet();

        // Then the same cells carry the visible flag, and there are some
        Assert.NotEmpty(marked);
        Assert.Equal(marked.Order(), flagged.Order());
    }

    [Fact]
    public async Task Document_MarksItsUnsureSegments_WithTheirReasons()
    {
        // Given a reply with an unsure answer (a flagged cell's document)
        var (_, api, _) = await demo.Server.GetAsync("/api/compare?campaign=demo");
        using var json = JsonDocument.Parse(api);
        var answer = json.RootElement.GetProperty("cells").EnumerateArray()
            .SelectMany(c => c.GetProperty("answers").EnumerateArray())
            .First(a => a.GetProperty("needsReview").GetBoolean());

        // When its page is read
        var (_, body, _) = await demo.Server.GetAsync($"/documents/{answer.GetProperty("documentId").GetString()}?campaign=demo");
        var page = Parser.ParseDocument(body);

        // Then a segment is outlined as needing review and says why
        var segment = page.QuerySelector(".segment.needs-review")!;
        Assert.Contains("needs review", segment.QuerySelector(".review-mark")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("unsure", segment.QuerySelector(".review-mark")!.GetAttribute("title"), StringComparison.Ordinal);
    }
}
