using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>Search by meaning in the web app: modes, hits found by meaning, "similar answers" (issue 18).</summary>
[Collection(DemoCorpus.Name)]
public sealed class SemanticSearchPageTests(DemoServer demo)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Search_PlainWords_FindAnswersByMeaning_WithALinkToSimilarAnswers()
    {
        // When "grievance mechanism" is searched from the page, in the default mode
        var (status, body, _) = await demo.Server.GetAsync("/search?q=grievance%20mechanism");

        // Then hits found by meaning alone say so, and each hit links to its similar answers
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Parser.ParseDocument(body);
        Assert.True(int.Parse(page.QuerySelector("#result-count")!.GetAttribute("data-total")!) > 1);
        Assert.NotEmpty(page.QuerySelectorAll(".hit .by-meaning"));
        var similar = page.QuerySelectorAll(".hit a.similar").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(page.QuerySelectorAll(".hit").Length, similar.Count);
        Assert.All(similar, href => Assert.StartsWith("/search?similar=", href, StringComparison.Ordinal));
        Assert.Equal("", page.QuerySelector("#mode option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SimilarAnswers_AreOtherCompaniesAnswers()
    {
        // Given the first hit of "grievance mechanism" by words (Aldercrest Systems' grievance mechanism)
        var (_, first, _) = await demo.Server.GetAsync("/api/search?q=grievance%20mechanism&mode=keyword&limit=1");
        using var hit = JsonDocument.Parse(first);
        var source = hit.RootElement.GetProperty("hits")[0];
        var company = source.GetProperty("company").GetString();

        // When its similar answers are asked for
        var (status, body, _) = await demo.Server.GetAsync($"/api/search?similar={source.GetProperty("document").GetString()}/{source.GetProperty("ordinal").GetInt32()}&limit=20");

        // Then they are answers by meaning, none of its own company's, and answers to the grievance question among the first
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("semantic", json.RootElement.GetProperty("mode").GetString());
        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.GetProperty("company").GetString() == company);
        Assert.All(hits, h => Assert.Equal("meaning", h.GetProperty("matchedBy").GetString()));
        Assert.Contains(hits.Take(5), h => h.GetProperty("questions")[0].GetString() == "2d");
    }

    [Theory]
    [InlineData("/api/search?q=drones&mode=semantic", "semantic")]
    [InlineData("/api/search?q=drones&mode=KEYWORD", "keyword")]
    [InlineData("/api/search?q=drones", "hybrid")]
    [InlineData("/api/search?q=drone*", "keyword")]
    [InlineData("/api/search?q=(who%20complains&mode=semantic", "semantic")]
    public async Task Api_Mode_IsTheOneAskedFor_OrTheQuerysDefault(string path, string expected)
    {
        var (status, body, _) = await demo.Server.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(expected, json.RootElement.GetProperty("mode").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=drones&mode=fuzzy", "mode must be keyword, semantic or hybrid, not 'fuzzy'")]
    [InlineData("/api/search?similar=nonsense", "similar must be DOCUMENT/ORDINAL, e.g. similar=4f2a…/3")]
    public async Task Api_BadModeOrSimilar_Is400(string path, string message)
    {
        var (status, body, _) = await demo.Server.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body, StringComparison.Ordinal);
    }
}
