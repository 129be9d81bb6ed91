using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Commitments;

/// <summary>`pipeline commitments`, `pipeline follow-up` and `pipeline eval commitments`, run as the real executable on a copy of the demo campaign.</summary>
public sealed class CommitmentsVerbTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-commitments-").FullName;

    private string Index => Path.Combine(_root, "index");

    private string CampaignFile => Path.Combine(_root, "campaign.yaml");

    public async Task InitializeAsync()
    {
        var demo = RepoPaths.InRepo("corpus", "campaigns", "demo");
        DemoCampaignCopy.CampaignFileTo(Path.Combine(demo, "campaign.yaml"), CampaignFile);
        var replies = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(demo, "replies")))
        {
            File.Copy(file, Path.Combine(replies, Path.GetFileName(file)));
        }

        var (exit, _, error) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", CampaignFile, "--index", Index);
        Assert.True(exit == 0, error);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Commitments_ByCompanyAliasAndKind_ListsThatCompanysRefusals()
    {
        // When
        var (exit, output, _) = await PipelineProcess.RunAsync("commitments", "--index", Index, "--company", "castellan vision", "--kind", "refusal", "--json");

        // Then
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("statement").GetProperty("text").GetString() == "1.c We cannot commit to providing lists of clients.");
        Assert.All(items, i => Assert.Equal(("Castellan Vision Systems", "refusal"), (i.GetProperty("company").GetString(), i.GetProperty("statement").GetProperty("kind").GetString())));
        Assert.Equal(Path.Combine(_root, "follow-up.jsonl"), json.RootElement.GetProperty("followUpFile").GetString());
    }

    [Fact]
    public async Task FollowUp_MarksADueCommitmentBroken_SoItLeavesTheOpenList_AndIsKeptBesideTheCampaign()
    {
        // Given the commitments due by the end of 2023 that are still open, Saltmarsh's policy among them
        var (_, before, _) = await PipelineProcess.RunAsync("commitments", "--index", Index, "--due-before", "2023-12-31", "--status", "open", "--json");
        var due = Ids(before, "Saltmarsh Aerial Intelligence", "2023-12-31");
        var id = Assert.Single(due);

        // When a researcher records that it was broken, naming it by the start of its id
        var (exit, text, _) = await PipelineProcess.RunAsync("follow-up", id[..6], "--status", "broken", "--note", "no policy by 2024", "--evidence", "https://example.org/x", "--index", Index);

        // Then it is written beside the campaign file, it left the open list and is in the broken one
        Assert.Equal(0, exit);
        Assert.Contains("broken", text, StringComparison.Ordinal);
        var line = Assert.Single(await File.ReadAllLinesAsync(Path.Combine(_root, "follow-up.jsonl")));
        Assert.Contains($"\"item\":\"{id}\",\"status\":\"broken\",\"note\":\"no policy by 2024\"", line, StringComparison.Ordinal);
        var (_, open, _) = await PipelineProcess.RunAsync("commitments", "--index", Index, "--due-before", "2023-12-31", "--status", "open", "--json");
        var (_, broken, _) = await PipelineProcess.RunAsync("commitments", "--index", Index, "--status", "broken", "--json");
        Assert.Empty(Ids(open, "Saltmarsh Aerial Intelligence", "2023-12-31"));
        Assert.Equal([id], Ids(broken, "Saltmarsh Aerial Intelligence", "2023-12-31"));
    }

    [Theory]
    [InlineData("follow-up", "zzzzzz", "--status", "broken", "no ledger item 'zzzzzz'")]
    [InlineData("follow-up", "abcdef", "--status", "kept", "--status: 'kept' is not open, fulfilled, broken or unclear")]
    [InlineData("commitments", "--kind", "promise", "", "--kind: 'promise' is not commitment, claim or refusal")]
    [InlineData("commitments", "--due-before", "end of 2023", "", "--due-before: 'end of 2023' is not a date (YYYY-MM-DD)")]
    public async Task BadArguments_AreUsageErrors_SayingWhy(string verb, string a, string b, string c, string message)
    {
        string[] arguments = [verb, .. new[] { a, b, c }.Where(x => x.Length > 0), "--index", Index];

        var (exit, _, error) = await PipelineProcess.RunAsync(arguments);

        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCommitments_HeldOutPart_PrintsPerKindScoresAndDeadlineAccuracy()
    {
        var (exit, output, _) = await PipelineProcess.RunAsync("eval", "commitments", "--sentences", RepoPaths.InRepo("corpus", "commitments", "dev.jsonl"), "--part", "held-out", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("held-out", json.RootElement.GetProperty("part").GetString());
        Assert.Equal(["commitment", "claim", "refusal"], json.RootElement.GetProperty("model").GetProperty("byKind").EnumerateArray().Select(k => k.GetProperty("kind").GetString()));
        Assert.True(json.RootElement.GetProperty("deadlines").GetProperty("accuracy").GetDouble() >= 0.85);
        Assert.True(json.RootElement.GetProperty("count").GetInt32() > 0);
    }

    private static List<string> Ids(string json, string company, string deadline)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("company").GetString() == company
                && i.GetProperty("statement").GetProperty("deadline") is { ValueKind: JsonValueKind.Object } d
                && d.GetProperty("value").GetString() == deadline)
            .Select(i => i.GetProperty("id").GetString()!)];
    }
}
