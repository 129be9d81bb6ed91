using System.Net;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The /commitments page corrects ledger items (issue 15 through issue 14's corrections): each item has a form posting
/// to /corrections with the page's anti-forgery token, refused from another origin, recorded and shown from the app's own.
/// </summary>
public sealed class LedgerCorrectionFormTests(WritableDemo demo) : IClassFixture<WritableDemo>, IDisposable
{
    private const string CastellanRefusal = "1.c We cannot commit to providing lists of clients.";
    private const string Page = "/commitments?campaign=demo&company=Castellan%20Vision%20Systems";
    private static readonly HtmlParser Parser = new();

    // Cookies by hand, as each test sends them: a handler's cookie jar would carry them across tests.
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = demo.Server.Address };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task EveryItem_HasACorrectionForm_AnchoredByItsWholeQuote()
    {
        var (_, body, _) = await demo.Server.GetAsync(Page);

        var rows = Parser.ParseDocument(body).QuerySelectorAll("#commitments tbody tr").ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            var form = r.QuerySelector("form.correction-form[action='/corrections']")!;
            Assert.Equal("statement", form.QuerySelector("input[name=kind]")!.GetAttribute("value"));
            Assert.Equal(r.QuerySelector("q")!.TextContent, form.QuerySelector("input[name=text]")!.GetAttribute("value"));
            Assert.False(string.IsNullOrEmpty(form.QuerySelector("input[name=__token]")!.GetAttribute("value")));
        });
    }

    [Fact]
    public async Task CrossOriginPost_OfAnItemCorrection_IsRefused_AndWritesNothing()
    {
        var (token, cookie) = await TokenAsync();

        var form = RejectForm(token).Select(p => p.Key == "note" ? new KeyValuePair<string, string>("note", "from evil.example") : p).ToList();

        var response = await PostAsync(form, cookie, origin: "http://evil.example");

        // (the class's other tests may write their own corrections: this one's note is never there)
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Cross-site request refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(demo.CorrectionsFile) && File.ReadAllText(demo.CorrectionsFile).Contains("from evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameOriginPost_RejectsTheItem_RedirectsBack_AndThePageListsItAsRejected()
    {
        // Given a token from the commitments page
        var (token, cookie) = await TokenAsync();

        // When Castellan's refusal is rejected through its form
        var response = await PostAsync(RejectForm(token), cookie, origin: demo.Server.Address.GetLeftPart(UriPartial.Authority));

        // Then it goes back to the page, the corrections file has it, and the page lists it among the rejected only
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Page, response.Headers.Location!.OriginalString);
        Assert.Contains($"\"kind\":\"statement\",\"reply\":\"Castellan Vision Systems - reply.pdf\"", File.ReadAllText(demo.CorrectionsFile), StringComparison.Ordinal);
        var (_, body, _) = await demo.Server.GetAsync(Page);
        var page = Parser.ParseDocument(body);
        Assert.DoesNotContain(page.QuerySelectorAll("#commitments q"), q => q.TextContent == CastellanRefusal);
        var rejected = Assert.Single(page.QuerySelectorAll("#rejected li"), li => li.QuerySelector("q")!.TextContent == CastellanRefusal);
        Assert.Contains("✎ corrected (c-", rejected.TextContent, StringComparison.Ordinal);
        Assert.Contains("machine: refusal", rejected.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameOriginPost_WithoutAnythingToChange_IsABadRequest()
    {
        var (token, cookie) = await TokenAsync();
        var form = RejectForm(token).Where(p => p.Key != "itemKind").ToList();

        var response = await PostAsync(form, cookie, origin: demo.Server.Address.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a ledger item with a kind, deadline or condition", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> RejectForm(string token) =>
    [
        new("__token", token), new("campaign", "demo"), new("kind", "statement"), new("reply", "Castellan Vision Systems - reply.pdf"),
        new("text", CastellanRefusal), new("itemKind", "none"), new("deadline", string.Empty), new("condition", string.Empty),
        new("note", "test"), new("return", Page),
    ];

    private Task<(string Token, string Cookie)> TokenAsync() => FormPost.TokenAsync(_client, Page);

    private Task<HttpResponseMessage> PostAsync(List<KeyValuePair<string, string>> form, string cookie, string origin) => FormPost.PostAsync(_client, form, cookie, origin);
}
