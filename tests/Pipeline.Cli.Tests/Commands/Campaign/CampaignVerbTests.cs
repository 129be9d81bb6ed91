using System.Text.Json;
using Pipeline.Testing;

using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Commands.Campaign;

public sealed class CampaignVerbTests : IDisposable
{
    private static readonly string Mena = RepoPaths.InRepo("corpus", "campaigns", "mena-surveillance-2022", "campaign.yaml");
    private static readonly string Demo = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");

    private readonly string _broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");

    public CampaignVerbTests()
    {
        // The copy lives elsewhere, so it names the repository's company registry rather than the relative one.
        var registry = RepoPaths.InRepo("corpus", "campaigns", "companies.yaml");
        File.WriteAllText(_broken, File.ReadAllText(Mena)
            .Replace("topic: grievance_mechanism", "topic: grievance", StringComparison.Ordinal)
            .Replace("registry: ../companies.yaml", $"registry: \"{registry}\"", StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(_broken);

    [Fact]
    public async Task Validate_ValidFile_PrintsOkWithCountsAndExitsZero()
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync("campaign", "validate", Mena);

        // Then
        Assert.Equal(0, exit);
        Assert.Equal($"OK {Mena}: 9 questions, 24 companies", output.Trim());
    }

    [Fact]
    public async Task Validate_InvalidFile_PrintsLocatedErrorAndExitsOne()
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync("campaign", "validate", _broken);

        // Then
        Assert.Equal(1, exit);
        Assert.Contains($"{_broken}: line 47, column 12: questions[6].topic: 'grievance' is not a topic (one of", output, StringComparison.Ordinal);
        Assert.EndsWith($"INVALID {_broken}: 1 problem", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_ListsErrorsWithLineColumnAndField()
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync("campaign", "validate", _broken, "--json");

        // Then
        Assert.Equal(1, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal((47, 12, "questions[6].topic"), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Validate_MissingFile_IsAUsageError()
    {
        // When
        var (exit, output, error) = await CliRun.RunAsync("campaign", "validate", "/nonexistent/campaign.yaml");

        // Then
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("no such campaign file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_GivesQuestionsCompaniesAndResponseRate()
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync("campaign", "show", Demo, "--json");

        // Then
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(9, root.GetProperty("questions").GetArrayLength());
        Assert.Equal("grievance_mechanism", root.GetProperty("questions")[6].GetProperty("topic").GetString());
        var tarrow = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Tarrow Perimeter Group");
        Assert.Equal("declined", tarrow.GetProperty("status").GetString());
        var responses = root.GetProperty("responses");
        Assert.Equal((18, 15, 1, 2, 16), (
            responses.GetProperty("companies").GetInt32(), responses.GetProperty("responded").GetInt32(), responses.GetProperty("declined").GetInt32(),
            responses.GetProperty("noResponse").GetInt32(), responses.GetProperty("replied").GetInt32()));
        Assert.Equal(0.8889, responses.GetProperty("responseRate").GetDouble());
    }

    [Fact]
    public async Task Show_Text_ListsStatusesAndRate()
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync("campaign", "show", Mena);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("Companies (24): 5 responded, 0 declined, 19 no response; response rate 20.8", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  Soverign Global Solutions Ltd\s+no response\s+-  \(also: Soverign Global Solutions", output);
        Assert.Matches(@"\n  2d   grievance_mechanism\s+Grievance mechanism\n", output);
    }

    [Fact]
    public async Task Show_InvalidFile_IsFatalWithTheFirstProblem()
    {
        // When
        var (exit, output, error) = await CliRun.RunAsync("campaign", "show", _broken);

        // Then
        Assert.Equal(3, exit);
        Assert.Empty(output);
        Assert.Contains("error (invalid-input):", error, StringComparison.Ordinal);
        Assert.Contains("line 47, column 12: questions[6].topic", error, StringComparison.Ordinal);
    }
}
