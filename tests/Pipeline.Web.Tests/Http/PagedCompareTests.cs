using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Search.Reading;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The compare page of a campaign too large for one page (issue 17): 50 companies a page with the count and links to
/// the others, filters applied to the whole campaign before paging, answers read for the page's companies only, and
/// downloads of every page at once.
/// </summary>
public sealed class PagedCompareTests(PagedCampaign paged) : IClassFixture<PagedCampaign>
{
    private const int PageSize = 50;

    [Fact]
    public async Task FirstPage_ShowsTheFirst50Companies_TheCountAndALinkToTheNext()
    {
        // When the page is opened without a page number, Then it is the first: 50 companies, counted, and a link to the next
        var (status, body, _) = await paged.Server.GetAsync("/compare");
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Parser.ParseDocument(body);
        Assert.Equal(Enumerable.Range(1, PageSize).Select(PagedCampaign.Name), Rows(page));
        Assert.Contains("companies 1–50 of 118 by question", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare?campaign=demo&page=2", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(PageSize * 9, page.QuerySelectorAll("#matrix td.cell").Length);
    }

    [Fact]
    public async Task LastPage_ShowsTheRemainingCompanies_InTheCampaignsOrder()
    {
        // When
        var (_, body, _) = await paged.Server.GetAsync("/compare?campaign=demo&page=3");

        // Then the demo's 18 companies, as the campaign lists them, and its replies' statuses in their cells
        var page = Parser.ParseDocument(body);
        var demo = CampaignLoader.Load(paged.CampaignFile).Companies.Skip(PagedCampaign.Added).Select(c => c.Name);
        Assert.Equal(demo, Rows(page));
        Assert.Contains("companies 101–118 of 118", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare?campaign=demo&page=2", page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=next]"));
        var quillon = page.QuerySelector("td[data-company='Quillon Data Fusion'][data-question='2d']")!;
        Assert.Equal("answered", quillon.GetAttribute("data-status"));
        Assert.Contains("page=3", quillon.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusFilter_AppliesToTheWholeCampaign_BeforePaging()
    {
        // Given the companies with an answered question, as the whole comparison built at once has them
        IReadOnlyList<string> answered;
        using (var index = SegmentIndex.Open(paged.Index))
        {
            var comparison = ComparisonBuilder.Build(index, CampaignLoader.Load(paged.CampaignFile));
            answered = [.. comparison.Companies.Where(c => comparison.QuestionCells.Any(q => q.Company == c.Name && q.Status == AnswerStatus.Answered)).Select(c => c.Name)];
        }

        // When asking for them; and for the companies that did not reply, second page
        var (_, body, _) = await paged.Server.GetAsync("/compare?status=answered");
        var (_, silent, _) = await paged.Server.GetAsync("/compare?status=no_response&page=2");

        // Then the answered ones, all from the last page, come on one page; the silent ones are paged among themselves
        var page = Parser.ParseDocument(body);
        Assert.InRange(answered.Count, 5, 17);
        Assert.Equal(answered, Rows(page));
        Assert.Null(page.QuerySelector(".pager"));
        Assert.Contains($"{answered.Count} companies by question", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var second = Parser.ParseDocument(silent);
        Assert.Equal(Enumerable.Range(PageSize + 1, PageSize).Select(PagedCampaign.Name), Rows(second));
        Assert.Contains("companies 51–100 of 102", second.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare?campaign=demo&status=no_response&page=3", second.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Column_ShowsTheAnswersOfThePagesCompaniesOnly()
    {
        // When opening 2d on the first page (no company there replied) and on the last
        var (_, first, _) = await paged.Server.GetAsync("/compare?column=2d");
        var (_, last, _) = await paged.Server.GetAsync("/compare?column=2d&page=3");

        // Then the first has no answer to read and names its 50 companies as not compared; the last has the demo's respondents
        var none = Parser.ParseDocument(first).QuerySelector("#answers")!;
        Assert.Empty(none.QuerySelectorAll(".company-answers"));
        Assert.Contains(PagedCampaign.Name(50), none.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(PagedCampaign.Name(51), none.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        var cards = Parser.ParseDocument(last).QuerySelectorAll("#answers .company-answers").Select(c => c.GetAttribute("data-company")).ToList();
        Assert.Contains("Quillon Data Fusion", cards);
        Assert.DoesNotContain(cards, c => c!.StartsWith("Paged Company", StringComparison.Ordinal));
    }

    /// <summary>A page past the last, a page that is not a whole number from 1, a status that is none: each with what the 400 says.</summary>
    public static TheoryData<string, HttpStatusCode, string> BadRequests { get; } = new()
    {
        { "/compare?page=4", HttpStatusCode.BadRequest, "page 4 is past the last page of companies (3: 118 companies, 50 a page)" },
        { "/compare?status=answered&page=2", HttpStatusCode.BadRequest, "page 2 is past the last page of companies (1:" },
        { "/compare?page=0", HttpStatusCode.BadRequest, "page must be a whole number from 1, not '0'" },
        { "/compare?page=two", HttpStatusCode.BadRequest, "page must be a whole number from 1, not 'two'" },
        { "/compare?status=maybe", HttpStatusCode.BadRequest, "status 'maybe' is not a status (one of: answered, partial, declined, not_addressed, no_response, reply_not_indexed)" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadPageOrStatus_Is400SayingWhy(string path, HttpStatusCode expected, string message)
    {
        // When asking for it, Then a 400 page says why
        var (status, body, _) = await paged.Server.GetAsync(path);
        Assert.Equal((expected, true), (status, Parser.ParseDocument(body).QuerySelector(".message")!.TextContent.Contains(message, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Downloads_HoldEveryPage_AndKeepTheStatusFilter()
    {
        // When downloading from the second page, and asking the API for the answered companies
        var (_, csv, _) = await paged.Server.GetAsync("/compare/export?format=csv&page=2");
        var (status, json, _) = await paged.Server.GetAsync("/api/compare?status=answered");
        var (_, matrix, _) = await paged.Server.GetAsync("/compare?status=answered");

        // Then the file has the first page's companies and the last's; the JSON the filtered companies of the page
        Assert.Contains(PagedCampaign.Name(1), csv, StringComparison.Ordinal);
        Assert.Contains("Quillon Data Fusion", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        var companies = JsonDocument.Parse(json).RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal(Rows(Parser.ParseDocument(matrix)), companies);
    }

    private static readonly HtmlParser Parser = new();

    private static List<string> Rows(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#matrix tbody th[scope=row]").Select(th => th.ChildNodes[0].TextContent)];
}
