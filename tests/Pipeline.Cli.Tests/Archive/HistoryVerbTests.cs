using System.Text.Json;
using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Archive;

public sealed class HistoryVerbTests(TwoCampaignArchive archive) : IClassFixture<TwoCampaignArchive>
{
    [Fact]
    public async Task History_CompanyInTwoCampaigns_ListsBothOldestFirstThroughTheRegistry()
    {
        // When asking for Helvora's history by its short alias
        var (exit, stdout, _) = await CliRun.RunAsync("history", "Helvora", "--index", archive.Index, "--json");

        // Then both campaigns, 2022 then 2024, each under the name that campaign used
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("Helvora Biometrics", root.GetProperty("company").GetString());
        var campaigns = root.GetProperty("campaigns");
        Assert.Equal(["demo", "demo-follow-up"], campaigns.EnumerateArray().Select(c => c.GetProperty("campaignId").GetString()));
        Assert.Equal("Helvora Biometrics AG", campaigns[1].GetProperty("companyName").GetString());
        var later = campaigns[1].GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("question").GetString() == "2d");
        Assert.Equal("answered", later.GetProperty("status").GetString());
        Assert.Equal("demo", later.GetProperty("sameAs").GetProperty("campaignId").GetString());
        Assert.Contains("Speak Up line", later.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, campaigns[0].GetProperty("answers").GetArrayLength());
        Assert.Empty(root.GetProperty("notApproached").EnumerateArray());
    }

    [Fact]
    public async Task History_ByTopic_KeepsOnlyThatTopicsQuestionsInEveryCampaign()
    {
        // When asking for grievance mechanisms only, as text
        var (exit, stdout, _) = await CliRun.RunAsync("history", "Helvora Biometrics AG", "--topic", "grievance_mechanism", "--index", archive.Index);

        // Then one 2d line per campaign, the 2024 one marked as the same question as the demo's 2d
        Assert.Equal(0, exit);
        Assert.StartsWith("Helvora Biometrics: 2 campaigns", stdout, StringComparison.Ordinal);
        Assert.Equal(2, stdout.Split('\n').Count(l => l.TrimStart().StartsWith("2d ", StringComparison.Ordinal)));
        Assert.Contains("= demo/2d", stdout, StringComparison.Ordinal);
        Assert.Contains("(listed as Helvora Biometrics AG)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1a ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_CompanyOfOneCampaign_SaysWhereItWasNotApproached()
    {
        // When asking for a demo-only company
        var (exit, stdout, _) = await CliRun.RunAsync("history", "Aldercrest", "--index", archive.Index);

        // Then its demo answers, and that the follow-up did not approach it
        Assert.Equal(0, exit);
        Assert.StartsWith("Aldercrest Systems: 1 campaign", stdout, StringComparison.Ordinal);
        Assert.Contains("Not approached in: demo-follow-up", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Helvra", "error: no company 'Helvra' in the archive's campaigns (demo, demo-follow-up); did you mean 'Helvora Biometrics'?")]
    [InlineData("Helvora --topic grievance", "error: --topic: 'grievance' is not a topic")]
    [InlineData("", "error: name the company: pipeline history COMPANY")]
    public async Task History_UnknownCompanyOrTopic_IsAUsageError(string arguments, string expected)
    {
        // When
        var (exit, _, stderr) = await CliRun.RunAsync(["history", .. arguments.Split(' '), "--index", archive.Index]);

        // Then
        Assert.Equal(1, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }
}
