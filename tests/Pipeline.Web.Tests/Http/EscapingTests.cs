using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>Markup in a reply (text, company, file name, warnings) or in a campaign file reaches every page only as text.</summary>
public sealed class EscapingTests(HostileServer hostile) : IClassFixture<HostileServer>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Pages => new()
    {
        "/search?q=grievance",
        "/search?q=alert",
        "/search?q=*&company=" + Uri.EscapeDataString(HostileIndex.Company),
        "/compare?campaign=hostile",
        "/compare?campaign=hostile&column=2d",
        "/compare?campaign=hostile&column=2d&company=" + Uri.EscapeDataString(HostileIndex.Company),
        "/compare?campaign=hostile&column=1a&company=Acme",
        "/compare?campaign=hostile&by=topic&column=grievance_mechanism",
        "/documents",
        "/campaigns",
        "/campaigns/hostile",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithHostileReply_ShowsItsMarkupOnlyAsText(string path)
    {
        // When
        var (status, body, _) = await hostile.Server.GetAsync(path);

        // Then the page parses to no element or attribute of the reply's making
        Assert.Equal(HttpStatusCode.OK, status);
        AssertInert(Parser.ParseDocument(body));
        Assert.DoesNotContain(HostileIndex.Script, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_WithHostileReply_ShowsTextCompanyFileAndWarningVerbatim()
    {
        // When
        var (status, body, _) = await hostile.Server.GetAsync($"/documents/{hostile.Data.DocumentId}");

        // Then everything is there, as text
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Parser.ParseDocument(body);
        AssertInert(page);
        Assert.Equal(HostileIndex.FileName, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(HostileIndex.Company, page.QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(HostileIndex.WarningText, page.QuerySelector(".warnings")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2d " + HostileIndex.AnswerText, page.QuerySelector("#s2 .text")!.TextContent);
        Assert.Equal("1a " + HostileIndex.Script, page.QuerySelector("#s1 .text")!.TextContent);
    }

    [Fact]
    public async Task SearchPage_HostileHit_MarksTheTermInsideEscapedText()
    {
        // When
        var (_, body, _) = await hostile.Server.GetAsync("/search?q=grievance");

        // Then the snippet's text is the segment's, with the term marked
        var snippet = Parser.ParseDocument(body).QuerySelector(".snippet")!;
        Assert.Equal("grievance", snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains(HostileIndex.Script + " is open to \"anyone\" & 'everyone' ><img src=x onerror=alert(4)>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(9)</script>")]
    [InlineData("\"><img src=x onerror=alert(9)>")]
    [InlineData("company:\"<svg onload=alert(9)>")]
    public async Task SearchPage_HostileQuery_IsEchoedAsText(string query)
    {
        // When the query itself carries markup (valid or malformed)
        var (_, body, _) = await hostile.Server.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        // Then the box and any error show it as text
        var page = Parser.ParseDocument(body);
        AssertInert(page);
        Assert.Equal(query, page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Api_HostileReply_IsPlainJsonText()
    {
        // When
        var (_, body, response) = await hostile.Server.GetAsync("/api/search?q=grievance");

        // Then JSON, never sniffed as HTML
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("grievance", body, StringComparison.Ordinal);
    }

    /// <summary>No script but the app's own file or a report's own inline script, no event handler, no image, frame or formatting of the hostile texts' making.</summary>
    private static void AssertInert(IDocument page)
    {
        foreach (var script in page.Scripts)
        {
            Assert.True(script.Source == "/static/app.js" || (script.Source is null && script.Text.Contains("data-ready", StringComparison.Ordinal)), $"unexpected script: {script.OuterHtml}");
        }

        var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (e.LocalName, a.Name))).Where(x => x.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(handlers);
        Assert.Empty(page.QuerySelectorAll("img, iframe, object, embed"));

        // The campaign file and the warning code wrap these words in <b> or <i>.
        Assert.DoesNotContain(page.QuerySelectorAll("b, i"), e => e.TextContent is "bold" or "and" or "odd");
    }
}
