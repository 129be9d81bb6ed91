using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;
using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;
using Xunit.Abstractions;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// No query takes the server down (issue 13, item 3): `pipeline serve`, run as users run it, answers hundreds of
/// generated hostile queries with 200 or 400, never 500, and its memory stays bounded.
/// </summary>
[Collection(DemoCorpus.Name)]
public sealed partial class HostileQueryTests(DemoServer demo, ITestOutputHelper output)
{
    private const long MaxResidentBytes = 1L << 30;

    [Fact]
    public async Task Serve_EveryGeneratedHostileQuery_Is200Or400_AndMemoryStaysUnderOneGigabyte()
    {
        // Given `pipeline serve` over the demo index, and more than 500 hostile queries
        using var serve = new ServeProcess("--index", demo.Index, "--port", "0", "--json");
        using var started = JsonDocument.Parse(await serve.ReadLineAsync());
        using var client = new HttpClient { BaseAddress = new Uri(started.RootElement.GetProperty("url").GetString()!), Timeout = TimeSpan.FromMinutes(1) };
        var queries = HostileQueries.Generate(seed: 13, count: 520);
        var failures = new List<string>();

        // When each is sent to the JSON API, and every fourth to the search page too
        for (var i = 0; i < queries.Count; i++)
        {
            foreach (var path in i % 4 == 0 ? ["/api/search?limit=5&q=", "/search?q="] : new[] { "/api/search?limit=5&q=" })
            {
                using var response = await client.GetAsync(new Uri(path + Percent(queries[i]), UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                {
                    failures.Add($"#{i} {path}{Shown(queries[i])}: {(int)response.StatusCode} {Shown(body)}");
                }
                else if (response.StatusCode == HttpStatusCode.BadRequest && path.StartsWith("/api", StringComparison.Ordinal)
                    && string.IsNullOrWhiteSpace(JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("message").GetString()))
                {
                    failures.Add($"#{i} {Shown(queries[i])}: 400 without a message");
                }
            }
        }

        var peak = PeakResidentBytes(serve.Id);
        await serve.StopAsync();
        output.WriteLine($"{queries.Count} queries; peak resident memory of `pipeline serve`: {peak / (1 << 20)} MB");

        // Then every answer was 200 or 400 (400s saying why), and the server never held more than 1 GB
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(peak < MaxResidentBytes, $"peak resident memory {peak / (1 << 20)} MB");
    }

    [Theory]
    [InlineData("/a{0,2147483647}/", "query_too_costly", "the pattern is too complex to search")]
    [InlineData("/a{1,99999}/", "query_too_costly", "the pattern is too complex to search")]
    [InlineData("/a<b/", "malformed_query", "invalid regular expression: '<' opens a number range that is not closed with '>'")]
    [InlineData("/[z-a]/", "malformed_query", "invalid regular expression: the character range 'z-a' runs backwards")]
    [InlineData("</title><script>alert(1)</script>", "malformed_query", "invalid regular expression: <script> names an automaton, which search does not define")]
    [InlineData("\"a b\"~-1", "malformed_query", "a proximity cannot be negative")]
    public async Task Api_ReportedQuery_Is400WithTheMessage(string query, string code, string message)
    {
        // Given a query that answered 500, or grew the server to 9.8 GB
        // When it is sent to the API and to the search page
        var (status, body, _) = await demo.Server.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var (pageStatus, page, _) = await demo.Server.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        // Then both answer 400 with the message, the page escaping the query
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (status, pageStatus));
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal((code, message), (error.GetProperty("code").GetString(), error.GetProperty("message").GetString()));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message).Replace("&#39;", "&#x27;", StringComparison.Ordinal), page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_CostlySearch_WhileAllSlotsAreTaken_Is503_ButAPlainSearchIsServed()
    {
        // Given a server allowing one costly search at a time, not waiting for a slot, and that slot taken
        await using var server = await RunningServer.StartAsync(new WebServerOptions
        {
            IndexDirectory = demo.Index,
            ExpensiveSearchSlots = 1,
            ExpensiveSearchWait = TimeSpan.Zero,
        });
        var gate = server.Server.Services.GetRequiredService<SearchGate>();
        using (var held = await gate.EnterAsync(CancellationToken.None))
        {
            Assert.NotNull(held);

            // When a wildcard search and a plain word search arrive
            var (costly, body, response) = await server.GetAsync("/api/search?q=licen*");
            var (plain, _, _) = await server.GetAsync("/api/search?q=licence");

            // Then the wildcard is turned away with a reason and a time to retry; the word is served
            Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (costly, plain));
            Assert.Equal("busy", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.NotNull(response.Headers.RetryAfter);
        }

        // And once the slot is free, the wildcard is served
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/api/search?q=licen*")).Status);
    }

    [Fact]
    public async Task Api_CompanyAlias_FiltersOnTheCompany_UnknownIs400()
    {
        // When filtering on an alias, on the full name, and on a misspelt name
        var (_, byAlias, _) = await demo.Server.GetAsync("/api/search?q=biometric&mode=keyword&company=Helvora");
        var (_, byName, _) = await demo.Server.GetAsync("/api/search?q=biometric&mode=keyword&company=Helvora%20Biometrics");
        var (status, unknown, _) = await demo.Server.GetAsync("/api/search?q=biometric&company=Helvra");

        // Then the alias finds what the name finds, and the misspelling is a 400 naming the nearest company
        Assert.Equal(Totals(byName), Totals(byAlias));
        Assert.Equal(5, Totals(byAlias));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            "company: no company 'Helvra' in campaign demo; did you mean 'Helvora Biometrics'?",
            JsonDocument.Parse(unknown).RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Api_Wildcard_MatchesWholeWordsAndMarksThem()
    {
        // When searching a prefix of whole words on the demo corpus
        var (_, body, _) = await demo.Server.GetAsync("/api/search?q=communit*&limit=20");

        // Then every hit marks a word starting "communit", whole
        using var json = JsonDocument.Parse(body);
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
        foreach (var hit in json.RootElement.GetProperty("hits").EnumerateArray())
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            var marked = hit.GetProperty("matches").EnumerateArray().Select(m => snippet.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32())).ToList();
            Assert.NotEmpty(marked);
            Assert.All(marked, word => Assert.Matches("^[Cc]ommunit(y|ies)$", word));
        }
    }

    private static int Totals(string body) => JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();

    // What a browser sends: UTF-8 (a lone surrogate becoming U+FFFD), every byte but unreserved ones percent-encoded.
    private static string Percent(string query)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(query))
        {
            encoded.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return encoded.ToString();
    }

    // The most memory the process has held at once (VmHWM), from Linux's /proc.
    private static long PeakResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(Kilobytes().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private static string Shown(string text) => text.Length <= 120 ? text : text[..120] + $"… ({text.Length} chars)";

    [GeneratedRegex(@"(\d+)\s*kB")]
    private static partial Regex Kilobytes();
}
