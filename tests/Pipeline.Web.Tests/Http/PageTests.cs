using System.Net;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The pages over the demo corpus, read as HTML: what a person sees on each.</summary>
[Collection(DemoCorpus.Name)]
public sealed class PageTests(DemoServer demo)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("/", "Search")]
    [InlineData("/search?q=grievance", "grievance — search")]
    [InlineData("/compare", "Compare — Demo: surveillance")]
    [InlineData("/compare?by=topic", "Compare — Demo: surveillance")]
    [InlineData("/documents", "Documents")]
    [InlineData("/campaigns", "Campaigns")]
    [InlineData("/campaigns/demo", "Demo: surveillance")]
    public async Task Page_EachSection_IsServedWithItsTitle(string path, string title)
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(title, Parser.ParseDocument(body).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FacetLink_NarrowsTheResultsAndShowsTheCount()
    {
        // Given a search with hits from seven companies (in the words of their answers: a question restated in a reply is no hit)
        var (_, body, _) = await demo.Server.GetAsync("/search?q=complaint&mode=keyword");
        var page = Parser.ParseDocument(body);
        Assert.Equal("7", page.QuerySelector("#result-count")!.GetAttribute("data-total"));
        var facet = page.QuerySelector("[data-facet=company] a[data-value='Quillon Data Fusion']")!;
        Assert.Equal("1", facet.ParentElement!.QuerySelector(".n")!.TextContent);

        // When following the company's facet link
        (_, body, _) = await demo.Server.GetAsync(facet.GetAttribute("href")!);

        // Then one hit remains, that company's, the filter is shown and can be removed
        page = Parser.ParseDocument(body);
        Assert.Equal("1", page.QuerySelector("#result-count")!.GetAttribute("data-total"));
        Assert.Equal(["Quillon Data Fusion"], page.QuerySelectorAll(".hit").Select(h => h.GetAttribute("data-company")));
        Assert.Equal("/search?q=complaint&mode=keyword", page.QuerySelector(".chip")!.GetAttribute("href"));
        Assert.Contains("selected", page.QuerySelector("[data-facet=company] a[data-value='Quillon Data Fusion']")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Hit_MarksTheMatchAndLinksToItsSegment()
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync("/search?q=complaint&company=Quillon%20Data%20Fusion");

        // Then the matched word is marked and the link opens the reply at the segment
        var hit = Parser.ParseDocument(body).QuerySelector(".hit")!;
        Assert.Equal("complaint", hit.QuerySelector(".snippet mark")!.TextContent);
        Assert.Matches("^/documents/[0-9a-f]{64}\\?campaign=demo#s7$", hit.QuerySelector(".hit-source a")!.GetAttribute("href")!);
        Assert.Contains("2d Grievance mechanism", hit.QuerySelector(".questions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SecondPage_ShowsTheNextTenHits()
    {
        // Given every segment listed, ten per page
        var (_, first, _) = await demo.Server.GetAsync("/search");
        var firstPage = Parser.ParseDocument(first);
        var total = int.Parse(firstPage.QuerySelector("#result-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 20, $"the demo corpus has {total} segments");

        // When following the pager's next link
        var next = firstPage.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var (_, second, _) = await demo.Server.GetAsync(next);

        // Then hits 11 to 20 are shown, none of the first page's
        var secondPage = Parser.ParseDocument(second);
        Assert.Equal("/search?page=2", next);
        Assert.Equal("11", secondPage.QuerySelector("ol.hits")!.GetAttribute("start"));
        Assert.Equal(10, secondPage.QuerySelectorAll(".hit").Length);
        Assert.Contains("showing 11–20", secondPage.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedQuery_Is400WithPositionAndHint()
    {
        // When the query leaves a parenthesis open
        var (status, body, _) = await demo.Server.GetAsync("/search?q=%28iris%20OR%20drone");

        // Then a 400 page explains it, with the caret under the position and the hint, and no stack trace
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Parser.ParseDocument(body).QuerySelector(".error")!;
        Assert.Contains("unexpected end of the query at position 15", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("(iris OR drone\n              ^", error.QuerySelector("pre")!.TextContent);
        Assert.Contains("close every '(' with ')'", error.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownTopicFilter_Is400NamingTheFilter()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/search?q=grievance&topic=grief");

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("topic 'grief' is not a topic", Parser.ParseDocument(body).QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Matrix_ColoursEveryCompanyAndQuestion()
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync("/compare");

        // Then 18 companies × 9 questions, each cell with its status class and abbreviation
        var cells = Parser.ParseDocument(body).QuerySelectorAll("#matrix td.cell");
        Assert.Equal(18 * 9, cells.Length);
        var quillon = cells.Single(c => c.GetAttribute("data-company") == "Quillon Data Fusion" && c.GetAttribute("data-question") == "2d");
        Assert.Equal(("answered", "A"), (quillon.GetAttribute("data-status"), quillon.TextContent));
        Assert.Contains("st-answered", quillon.ClassName, StringComparison.Ordinal);
        Assert.All(cells.Where(c => c.GetAttribute("data-status") == "no_response"), c => Assert.Null(c.QuerySelector("a")));
    }

    [Fact]
    public async Task Compare_Cell_ShowsTheFullAnswerBesideItsSource()
    {
        // Given the matrix's link of Quillon's answer to 2d
        var (_, matrix, _) = await demo.Server.GetAsync("/compare");
        var link = Parser.ParseDocument(matrix).QuerySelector("td[data-company='Quillon Data Fusion'][data-question='2d'] a")!.GetAttribute("href")!;

        // When following it
        var (_, body, _) = await demo.Server.GetAsync(link);

        // Then the answer is shown in full, its source linked at its segment
        var detail = Parser.ParseDocument(body).QuerySelector("#answers")!;
        Assert.Contains("Quillon Data Fusion — 2d Grievance mechanism", detail.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We have not yet received a complaint from outside the company.", detail.QuerySelector("article.answer .text")!.TextContent, StringComparison.Ordinal);
        var source = detail.QuerySelector(".source a")!;
        Assert.Equal("Quillon Data Fusion - reply.docx", source.TextContent);
        Assert.Matches("^/documents/[0-9a-f]{64}\\?campaign=demo#s7$", source.GetAttribute("href")!);
    }

    [Fact]
    public async Task Compare_Column_ShowsEveryRespondentSideBySide()
    {
        // When opening question 2d for all companies
        var (_, body, _) = await demo.Server.GetAsync("/compare?column=2d");

        // Then each company that replied has its card, the others are named below
        var page = Parser.ParseDocument(body);
        var cards = page.QuerySelectorAll("#answers .company-answers").Select(c => c.GetAttribute("data-company")).ToList();
        Assert.Contains("Quillon Data Fusion", cards);
        Assert.Contains("Helvora Biometrics", cards);
        Assert.DoesNotContain("Tarrow Perimeter Group", cards);
        Assert.Contains("Tarrow Perimeter Group", page.QuerySelector("#answers .note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Selection_KeepsOnlyThePickedQuestionsAndCompanies()
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync("/compare?questions=2d&questions=1a&companies=Helvora%20Biometrics&companies=Quillon%20Data%20Fusion");

        // Then the matrix has those rows and columns in that order, and the downloads keep the selection
        var page = Parser.ParseDocument(body);
        Assert.Equal(["2d", "1a", "2d", "1a"], page.QuerySelectorAll("#matrix td.cell").Select(c => c.GetAttribute("data-question")));
        Assert.Equal(["Helvora Biometrics", "Helvora Biometrics", "Quillon Data Fusion", "Quillon Data Fusion"], page.QuerySelectorAll("#matrix td.cell").Select(c => c.GetAttribute("data-company")));
        Assert.Equal(
            "/compare/export?format=csv&campaign=demo&questions=2d&questions=1a&companies=Helvora%20Biometrics&companies=Quillon%20Data%20Fusion",
            page.QuerySelector(".downloads a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Compare_UnknownQuestion_Is400SayingWhich()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/compare?questions=9z");

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unknown question '9z'", Parser.ParseDocument(body).QuerySelector(".message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ByTopic_CountsPassagesAndOpensTheStrongest()
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync("/compare?by=topic&column=grievance_mechanism&company=Quillon%20Data%20Fusion");

        // Then 18 companies × 12 topics, and the detail shows a grievance passage with its source
        var page = Parser.ParseDocument(body);
        Assert.Equal(18 * 12, page.QuerySelectorAll("#matrix td.cell").Length);
        Assert.Contains("ethics committee", page.QuerySelector("#answers article.answer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_List_LinksEveryReply()
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync("/documents");

        // Then sixteen replies, each linked by document id
        var links = Parser.ParseDocument(body).QuerySelectorAll("#documents tbody tr td:nth-child(3) a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(16, links.Count);
        Assert.All(links, l => Assert.Matches("^/documents/[0-9a-f]{64}\\?campaign=demo$", l));
    }

    [Fact]
    public async Task Document_Page_OutlinesEverySegmentWithItsQuestionsAndTopic()
    {
        // Given Quillon's reply
        var id = await DocumentIdAsync("Quillon Data Fusion - reply.docx");

        // When
        var (status, body, _) = await demo.Server.GetAsync($"/documents/{id}");

        // Then every segment has its anchor, questions, topic; the one found by search (s7) is the 2d answer
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Parser.ParseDocument(body);
        var segments = page.QuerySelectorAll("section.segment");
        Assert.Equal(11, segments.Length);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"s{i}"), segments.Select(s => s.Id));
        var s7 = page.QuerySelector("#s7")!;
        Assert.Equal("2d", s7.GetAttribute("data-questions"));
        Assert.Contains("2d Grievance mechanism", s7.QuerySelector(".questions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Grievance mechanism", s7.QuerySelector(".topic")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(11, page.QuerySelectorAll("nav.outline li a").Length);
        Assert.Equal($"/documents/{id}/file?campaign=demo", page.QuerySelector(".actions a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Document_OriginalFile_IsTheIndexedFile()
    {
        // Given Aldercrest's PDF
        var id = await DocumentIdAsync("Aldercrest Systems - reply.pdf");

        // When
        var (status, _, response) = await demo.Server.GetAsync($"/documents/{id}/file");

        // Then its bytes, shown inline as a PDF
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        var expected = await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(DemoServer.CampaignFile)!, "replies", "Aldercrest Systems - reply.pdf"));
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Campaign_UnknownId_Is404()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/campaigns/nope");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no campaign 'nope' in this index (it holds: demo)", Parser.ParseDocument(body).QuerySelector(".message")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> DocumentIdAsync(string file)
    {
        var (_, json, _) = await demo.Server.GetAsync("/api/documents");
        using var listing = System.Text.Json.JsonDocument.Parse(json);
        return listing.RootElement.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("file").GetString() == file).GetProperty("document").GetString()!;
    }
}
