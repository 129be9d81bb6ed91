using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The commitments page and API over the demo corpus: filters, and each item linked to its place in the reply.</summary>
[Collection(DemoCorpus.Name)]
public sealed class CommitmentsPageTests(DemoServer demo)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Page_FilteredByCompanyAndKind_ListsThoseItems_EachLinkedToItsAnswerOnTheDocumentPage()
    {
        // When the ledger is filtered to Castellan's refusals (the company named by an alias-free name, the kind from the form)
        var (status, body, _) = await demo.Server.GetAsync("/commitments?company=Castellan+Vision+Systems&kind=refusal");
        var page = Parser.ParseDocument(body);

        // Then only refusals of that company are listed, the form keeps the choices, and each source link opens its answer
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("#commitments tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("refusal", r.GetAttribute("data-kind")));
        Assert.All(rows, r => Assert.Equal("Castellan Vision Systems", r.QuerySelector("td")!.TextContent));
        Assert.Contains(rows, r => r.TextContent.Contains("We cannot commit to providing lists of clients.", StringComparison.Ordinal));
        Assert.Equal("refusal", page.QuerySelector("select[name=kind] option[selected]")!.GetAttribute("value"));
        var link = rows[0].QuerySelector("a.source")!.GetAttribute("href")!;
        Assert.Matches(@"^/documents/[0-9a-f]{64}\?campaign=demo#s\d+$", link);

        // When the link is followed, the document page has the anchored answer, holding the quoted sentence
        var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var (_, documentBody, _) = await demo.Server.GetAsync(link[..link.IndexOf('#', StringComparison.Ordinal)]);
        var section = Parser.ParseDocument(documentBody).GetElementById(anchor);
        Assert.NotNull(section);
        Assert.Contains(rows[0].QuerySelector("q")!.TextContent, section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_DueBefore_KeepsOnlyItemsWithADeadlineByThatDate()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/api/commitments?kind=commitment&due=2023-12-31");

        // Then every item is a commitment whose deadline ends by then, Saltmarsh's end-of-2023 policy among them
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("count").GetInt32(), items.Count);
        Assert.Contains(items, i => i.GetProperty("company").GetString() == "Saltmarsh Aerial Intelligence" && i.GetProperty("statement").GetProperty("deadline").GetProperty("value").GetString() == "2023-12-31");
        Assert.All(items, i => Assert.Equal("commitment", i.GetProperty("statement").GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.True(string.CompareOrdinal(i.GetProperty("statement").GetProperty("deadline").GetProperty("lastDay").GetString(), "2023-12-31") <= 0));
    }

    [Fact]
    public async Task Page_UnparsableFilter_IsSaidAndIgnored()
    {
        var (status, body, _) = await demo.Server.GetAsync("/commitments?kind=promise");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ignored: kind &#x27;promise&#x27; is not commitment, claim or refusal.", body, StringComparison.Ordinal);
        Assert.NotEmpty(Parser.ParseDocument(body).QuerySelectorAll("#commitments tbody tr[data-kind=claim]"));
    }
}
