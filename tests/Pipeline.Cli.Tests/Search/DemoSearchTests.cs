using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Search;

/// <summary>`pipeline search` on the demo campaign, as the README shows it: whole-word wildcards and company aliases (issue 13, items 2 and 9).</summary>
[Collection(DemoCorpus.Name)]
public sealed class DemoSearchTests(DemoCorpusIndex demo)
{
    [Theory]
    [InlineData(1, "grievance mechanism", "--mode", "keyword")]                                        // answers only: restated questions are structure
    [InlineData(5, "\"facial recognition\"~5 OR biometric*", "--company", "Helvora")]                    // 1 while wildcards matched stems
    [InlineData(2, "customers AND (confidential OR disclose)", "--question", "1")]                 // 3 until Brightwater's due-diligence paragraph joined its 2a answer
    [InlineData(3, "export AND (licen* OR authori?ation)", "--topic", "export_control")]               // 2: Ostral's "authorisation" was missed
    [InlineData(12, "biometric*")]                                                                      // 0 while wildcards matched stems
    [InlineData(12, "biometric", "--mode", "keyword")]
    [InlineData(3, "communit*")]                                                                        // 0 before
    public async Task Search_ReadmeExample_FindsWhatTheReadmeSays(int total, string query, params string[] options)
    {
        // Given the demo campaign ingested
        // When the README's example runs
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["search", query, "--index", demo.Path, "--json", .. options]);

        // Then it finds the number of segments the README gives
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
        Assert.True(json.RootElement.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Search_CompanyAlias_FiltersOnTheCompany_AsCompareDoes()
    {
        // Given "Helvora", an alias of Helvora Biometrics in the campaign
        // When searching with the alias and with the full name
        var (exit, byAlias, _) = await PipelineProcess.RunAsync("search", "biometric", "--company", "Helvora", "--mode", "keyword", "--index", demo.Path, "--json");
        var (_, byName, _) = await PipelineProcess.RunAsync("search", "biometric", "--company", "Helvora Biometrics", "--mode", "keyword", "--index", demo.Path, "--json");

        // Then both find the same five segments, all Helvora Biometrics'
        Assert.Equal(0, exit);
        using var alias = JsonDocument.Parse(byAlias);
        using var name = JsonDocument.Parse(byName);
        Assert.Equal(5, alias.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(name.RootElement.GetProperty("total").GetInt32(), alias.RootElement.GetProperty("total").GetInt32());
        Assert.All(alias.RootElement.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("Helvora Biometrics", hit.GetProperty("company").GetString()));
    }

    [Theory]
    [InlineData("Helvra", "error: --company: no company 'Helvra' in campaign demo; did you mean 'Helvora Biometrics'?\n")]
    [InlineData("Tarow Perimeter", "error: --company: no company 'Tarow Perimeter' in campaign demo; did you mean 'Tarrow Perimeter Group'?\n")]
    public async Task Search_UnknownCompany_IsAnErrorWithTheNearestName(string company, string expected)
    {
        // Given a misspelt company
        // When filtering on it
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "biometric", "--company", company, "--index", demo.Path);

        // Then exit 1 and the nearest name, not "no hits"
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal(expected, stderr);
    }

    [Fact]
    public async Task Search_CompanyFarFromAnyName_ListsTheCampaignsCompanies()
    {
        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync("search", "biometric", "--company", "Nobody Inc", "--index", demo.Path);

        // Then
        Assert.Equal(1, exit);
        Assert.StartsWith("error: --company: no company 'Nobody Inc' in campaign demo (its companies: Aldercrest Systems, Brightwater Defence Electronics,", stderr, StringComparison.Ordinal);
    }
}
