using AngleSharp.Html.Parser;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>Posts a correction form as a browser would: with the token and cookie a page of the app served, from a given origin.</summary>
internal static class FormPost
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The anti-forgery token of the first correction form on <paramref name="page"/>, and the cookie that goes with it.</summary>
    public static async Task<(string Token, string Cookie)> TokenAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var token = Parser.ParseDocument(body).QuerySelector("form.correction-form input[name=__token]")!.GetAttribute("value")!;
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pipeline-antiforgery=", StringComparison.Ordinal));
        return (token, cookie.Split(';')[0]);
    }

    /// <summary>POST /corrections with the form, the cookie and an Origin header.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, List<KeyValuePair<string, string>> form, string cookie, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/corrections") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
