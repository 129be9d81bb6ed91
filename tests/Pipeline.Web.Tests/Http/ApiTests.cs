using System.Net;
using System.Text.Json;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The JSON API's paging, limits and errors over the demo corpus.</summary>
[Collection(DemoCorpus.Name)]
public sealed class ApiTests(DemoServer demo)
{
    [Fact]
    public async Task Search_Offset_PagesThroughTheSameRanking()
    {
        // Given the best ten hits for every segment
        var all = await HitsAsync("/api/search?q=complaint%20OR%20grievance%20OR%20policy&limit=10");

        // When asking for five, from the sixth
        var page = await HitsAsync("/api/search?q=complaint%20OR%20grievance%20OR%20policy&limit=5&offset=5");

        // Then they are the sixth to tenth of the first answer
        Assert.Equal(10, all.Count);
        Assert.Equal(all.Skip(5), page);
    }

    [Fact]
    public async Task Search_CampaignFacet_CountsEveryMatch()
    {
        // When
        using var json = JsonDocument.Parse((await demo.Server.GetAsync("/api/search?q=*&limit=0")).Body);

        // Then the campaign facet counts all segments, as the total does
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("hits").GetArrayLength());
        Assert.Equal(root.GetProperty("total").GetInt32(), root.GetProperty("facets").GetProperty("campaign").GetProperty("demo").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=drone&limit=101", "limit must be a whole number from 0 to 100")]
    [InlineData("/api/search?q=drone&limit=-1", "limit must be a whole number from 0 to 100")]
    [InlineData("/api/search?q=drone&offset=10001", "offset must be a whole number from 0 to 10000")]
    [InlineData("/api/search?q=drone&status=maybe", "status 'maybe' is not a status")]
    [InlineData("/api/compare?by=company", "by must be question or topic, not 'company'")]
    [InlineData("/api/compare?questions=2d,zz", "'zz' is not a question id")]
    [InlineData("/api/compare?companies=Nobody%20Inc", "unknown company 'Nobody Inc'")]
    public async Task InvalidParameter_Is400WithJsonError(string path, string message)
    {
        // When
        var (status, body, response) = await demo.Server.GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal("invalid_parameter", error.GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(iris OR drone", "unexpected end of the query", 15, "close every '(' with ')'")]
    [InlineData("\"facial recognition", "a phrase is not closed", 1, "end the phrase with a double quote")]
    [InlineData("colour:red", "unknown field 'colour'", 1, "fields are")]
    [InlineData("", "the query is empty", 1, "type words to find")]
    public async Task Search_MalformedQuery_Is400WithPositionAndHint(string query, string message, int position, string hint)
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        // Then the parser's message, position and hint, as `pipeline search` prints them
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal("malformed_query", error.GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(position, error.GetProperty("position").GetInt32());
        Assert.StartsWith(hint, error.GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Equal(query, error.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Compare_UnknownCampaign_Is404()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/api/compare?campaign=nope");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("unknown_campaign", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownApiPath_Is404Json()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/api/nothing");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<List<string>> HitsAsync(string path)
    {
        var (status, body, _) = await demo.Server.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("document").GetString()}#{h.GetProperty("ordinal").GetInt32()}")];
    }
}
