using System.Net;
using System.Text.Json;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The company history page and its JSON over the demo corpus.</summary>
[Collection(DemoCorpus.Name)]
public sealed class CompanyHistoryTests(DemoServer demo)
{
    [Fact]
    public async Task CompanyPage_ByAlias_ShowsEachTopicsAnswerWithItsStatusAndDocument()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/companies/Helvora");

        // Then the registry's name, the demo campaign's column, the grievance row with Helvora's 2d answer and a link to its reply
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Helvora Biometrics</h1>", body, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">grievance_mechanism</th>", body, StringComparison.Ordinal);
        Assert.Contains("Integrity Line", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryApi_WithTopic_GivesOnlyThatTopicsQuestions()
    {
        // When
        var (status, body, _) = await demo.Server.GetAsync("/api/history?company=Helvora&topic=grievance_mechanism");

        // Then
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var answers = json.RootElement.GetProperty("campaigns")[0].GetProperty("answers");
        Assert.Equal(["2d"], answers.EnumerateArray().Select(a => a.GetProperty("question").GetString()));
    }

    [Theory]
    [InlineData("/companies/Helvra", "did you mean &#x27;Helvora Biometrics&#x27;?")]
    [InlineData("/api/history?company=Helvra", "did you mean 'Helvora Biometrics'?")]
    [InlineData("/api/history?company=Helvora&topic=grievance", "'grievance' is not a topic")]
    public async Task UnknownCompanyOrTopic_Is404WithTheReason(string path, string reason)
    {
        var (status, body, _) = await demo.Server.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignsPage_ListsCompaniesLinkingToTheirHistory()
    {
        var (_, body, _) = await demo.Server.GetAsync("/campaigns");

        Assert.Contains("<a href=\"/companies/Helvora%20Biometrics\">Helvora Biometrics</a>", body, StringComparison.Ordinal);
    }
}
