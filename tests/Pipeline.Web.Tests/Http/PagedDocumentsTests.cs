using System.Net;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The documents list of an archive too large for one page (issue 17): 200 replies a page, counted over the whole list,
/// with links to the others; the campaigns page counts each campaign's replies.
/// </summary>
public sealed class PagedDocumentsTests(ManyReplies archive) : IClassFixture<ManyReplies>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task FirstPage_Lists200Replies_CountsThemAll_AndLinksToTheNext()
    {
        // When the list is opened without a page number
        var (status, body, _) = await archive.Server.GetAsync("/documents");

        // Then it shows the first 200 replies in list order (campaign, company), says how many there are and which are shown, and links on
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Parser.ParseDocument(body);
        Assert.Equal(Enumerable.Range(1, 200).Select(ManyReplies.Name), Companies(page));
        Assert.Contains("455 replies, 455 segments · replies 1–200 (page 1 of 3)", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/documents?page=2", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task LastPage_ListsTheRest_AndACampaignsListIsPagedOnItsOwn()
    {
        // When the last page of all replies, and the list of the small campaign, are opened
        var (_, last, _) = await archive.Server.GetAsync("/documents?page=3");
        var (_, other, _) = await archive.Server.GetAsync("/documents?campaign=OTHER");

        // Then the last page holds the archive's last 50 and the other campaign's 5; the small campaign fits one page, with no pager
        var page = Parser.ParseDocument(last);
        Assert.Equal([.. Enumerable.Range(401, 50).Select(ManyReplies.Name), .. Enumerable.Range(1, 5).Select(n => $"Other Company {n}")], Companies(page));
        Assert.Equal("/documents?page=2", page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        var small = Parser.ParseDocument(other);
        Assert.Equal(5, Companies(small).Count);
        Assert.Contains("5 replies, 5 segments in campaign", small.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Null(small.QuerySelector(".pager"));
    }

    [Theory]
    [InlineData("/documents?page=4", "page must be a whole number from 1 to 3, not '4'")]
    [InlineData("/documents?page=0", "page must be a whole number from 1, not '0'")]
    [InlineData("/documents?page=two", "page must be a whole number from 1, not 'two'")]
    public async Task APageOutsideTheList_IsABadRequest_ThatSaysWhichPagesThereAre(string path, string problem)
    {
        // When
        var (status, body, _) = await archive.Server.GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(problem, WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaigns_CountEachCampaignsReplies()
    {
        // When
        var (_, body, _) = await archive.Server.GetAsync("/campaigns");

        // Then
        var counts = Parser.ParseDocument(body).QuerySelectorAll(".campaign-list li .meta").Select(p => p.TextContent).ToList();
        Assert.Contains(counts, c => c.Contains("archive", StringComparison.Ordinal) && c.Contains("450 replies indexed", StringComparison.Ordinal));
        Assert.Contains(counts, c => c.Contains("other", StringComparison.Ordinal) && c.Contains("5 replies indexed", StringComparison.Ordinal));
    }

    private static List<string> Companies(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#documents tbody tr td:nth-child(2)").Select(td => td.TextContent)];
}
