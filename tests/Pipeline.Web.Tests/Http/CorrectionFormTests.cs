using System.Net;
using AngleSharp.Html.Parser;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The app now writes (issue 14): POST /corrections accepts a form from its own pages only — a cross-origin post or one
/// without the page's anti-forgery token is refused and writes nothing — and a good one is recorded and shown.
/// </summary>
public sealed class CorrectionFormTests(WritableDemo demo) : IClassFixture<WritableDemo>, IDisposable
{
    private static readonly HtmlParser Parser = new();

    // Cookies by hand, as each test sends them: a handler's cookie jar would carry them across tests.
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = demo.Server.Address };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task CrossOriginPost_IsRefused_AndWritesNothing()
    {
        // Given a token and cookie from the app's own page
        var (token, cookie) = await TokenAsync();

        // When another site posts a correction through the browser (its Origin header says so)
        var response = await PostAsync(StatusForm(token), cookie, origin: "http://evil.example");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Cross-site request refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(demo.CorrectionsFile));
    }

    [Fact]
    public async Task PostWithoutTheToken_IsRefused()
    {
        // Given the cookie but a form without the token, from the app's own origin
        var (_, cookie) = await TokenAsync();
        var form = StatusForm(string.Empty).Where(p => p.Key != "__token").ToList();

        // When posted
        var response = await PostAsync(form, cookie, origin: demo.Server.Address.GetLeftPart(UriPartial.Authority));

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("anti-forgery token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(demo.CorrectionsFile));
    }

    [Fact]
    public async Task SameOriginPost_WithToken_IsRecorded_RedirectsBack_AndShowsInCompare()
    {
        // Given a token from the compare page
        var (token, cookie) = await TokenAsync();

        // When the form is posted as a browser without JavaScript does
        var response = await PostAsync(StatusForm(token), cookie, origin: demo.Server.Address.GetLeftPart(UriPartial.Authority));

        // Then it goes back to the page, the file has the correction, and the matrix shows the corrected status, marked
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/compare?campaign=demo", response.Headers.Location!.OriginalString);
        Assert.Contains("\"kind\":\"status\",\"company\":\"Tarrow Perimeter Group\",\"question\":\"1b\",\"status\":\"declined\"", File.ReadAllText(demo.CorrectionsFile), StringComparison.Ordinal);
        var (_, body, _) = await demo.Server.GetAsync("/compare?campaign=demo");
        var cell = Parser.ParseDocument(body).QuerySelector("td[data-company='Tarrow Perimeter Group'][data-question='1b']")!;
        Assert.Equal("declined", cell.GetAttribute("data-status"));
        Assert.NotNull(cell.QuerySelector(".corrected-flag"));
    }

    [Fact]
    public async Task ReviewQueue_ListsTheMarkedAnswers_LeastSureFirst()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/review?campaign=demo");

        // Then every item is marked, in ascending order of sureness, each with an accept and a fix form
        Assert.Equal(HttpStatusCode.OK, status);
        var items = Parser.ParseDocument(body).QuerySelectorAll(".review-item").ToList();
        Assert.NotEmpty(items);
        var sureness = items.Select(i => double.Parse(i.GetAttribute("data-sureness")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sureness.Order(), sureness);
        Assert.All(items, i => Assert.NotNull(i.QuerySelector(".review-mark")));
        Assert.All(items, i => Assert.NotNull(i.QuerySelector("form.accept input[name=__token]")));
        Assert.All(items, i => Assert.NotNull(i.QuerySelector("details.correct form")));
    }

    private static List<KeyValuePair<string, string>> StatusForm(string token) =>
    [
        new("__token", token), new("campaign", "demo"), new("kind", "status"), new("company", "Tarrow Perimeter Group"),
        new("question", "1b"), new("status", "declined"), new("note", "test"), new("return", "/compare?campaign=demo"),
    ];

    private Task<(string Token, string Cookie)> TokenAsync() => FormPost.TokenAsync(_client, "/compare?campaign=demo&column=1b&company=Tarrow%20Perimeter%20Group");

    private Task<HttpResponseMessage> PostAsync(List<KeyValuePair<string, string>> form, string cookie, string origin) => FormPost.PostAsync(_client, form, cookie, origin);
}
