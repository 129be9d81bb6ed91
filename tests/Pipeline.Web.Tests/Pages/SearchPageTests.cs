using AngleSharp.Html.Parser;
using Pipeline.Search.Querying;
using Pipeline.Web.Data;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Tests.Pages;

public sealed class SearchPageTests
{
    [Fact]
    public void Render_PartialResults_ShowTheNoticeAndCountAtLeast()
    {
        // Given results cut short by the time budget
        var results = new SearchResults("licen*", 7, [], new FacetCounts(Empty(), Empty(), Empty(), Empty()))
        {
            Complete = false,
            Notices = [new SearchNotice(SearchNotice.TimeBudget, "the search stopped after its time limit (3 s)")],
        };

        // When the page is rendered
        var html = SearchPage.Render(new SearchRequest { Query = "licen*" }, new SearchOutcome(results, null, []), new QuestionTitles([]));

        // Then the notice is shown as a status, and the count is a lower bound
        var page = new HtmlParser().ParseDocument(html);
        var notice = page.QuerySelector("p.notice[role=status]");
        Assert.Equal(("the search stopped after its time limit (3 s)", "time_budget"), (notice?.TextContent, notice?.GetAttribute("data-code")));
        Assert.StartsWith("at least 7 segments match", page.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grievance mechanism", null)]
    [InlineData("\"due diligence\" AND licen*", "Helvora Biometrics")]
    [InlineData("a \u0001 control character typed in", null)]
    public void Render_FacetLinks_AreTheSearchWithThatFilter(string query, string? company)
    {
        // Given a search, perhaps filtered on a company, and company values that need escaping
        var request = new SearchRequest
        {
            Query = query,
            ModeText = "hybrid",
            Filters = company is null ? new Dictionary<string, string> { ["topic"] = "remedy" } : new Dictionary<string, string> { ["company"] = company, ["topic"] = "remedy" },
            Offset = 20,
        };
        string[] names = ["Helvora Biometrics", "Søren & Partners / \"Ltd\"", "100% Secure?#", "\u0001"];
        var facets = new FacetCounts(names.Select((n, i) => (n, 10 - i)).ToDictionary(p => p.n, p => p.Item2), Empty(), Empty(), Empty());
        var results = new SearchResults(query, 10, [], facets);

        // When the page is rendered
        var page = new HtmlParser().ParseDocument(SearchPage.Render(request, new SearchOutcome(results, null, []), new QuestionTitles([])));

        // Then each company's link is the search with that company set (or cleared when it is the one selected), back to page 1
        var links = page.QuerySelectorAll("section[data-facet=company] a").ToDictionary(a => a.GetAttribute("data-value")!, a => a.GetAttribute("href"));
        Assert.Equal(names.Length, links.Count);
        foreach (var name in names)
        {
            Assert.Equal(request.WithFilter("company", name == company ? null : name), links[name]);
        }
    }

    private static Dictionary<string, int> Empty() => [];
}
