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

    private static Dictionary<string, int> Empty() => [];
}
