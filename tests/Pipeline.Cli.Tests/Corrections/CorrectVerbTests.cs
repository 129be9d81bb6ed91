using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Corrections;

/// <summary>`pipeline correct`, `pipeline corrections` and undo (issue 14), run as the real executable on a copy of the demo campaign.</summary>
public sealed class CorrectVerbTests : IDisposable
{
    private const string Quillon = "Quillon Data Fusion - reply.docx";
    private readonly DemoCopy _demo = new();

    public void Dispose() => _demo.Dispose();

    [Fact]
    public async Task Correct_Passage_ShowsInCompareAndReport_ThenUndo_BringsTheMachineBack()
    {
        // Given Quillon's answer to 2a, which the machine labels due_diligence
        // When a researcher moves it to 2c as mitigation
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["correct", Quillon, "--text", "Yes. Before each project", "--questions", "2c", "--topic", "mitigation", "--note", "test", "--json", .. _demo.Options]);

        // Then it is recorded beside the campaign and compare shows it, with the machine's reading
        Assert.True(exit == 0, stderr);
        using var outcome = JsonDocument.Parse(stdout);
        var id = outcome.RootElement.GetProperty("correction").GetProperty("id").GetString()!;
        Assert.Matches("^c-[0-9a-f]{8}$", id);
        Assert.Contains(id, File.ReadAllText(Path.Combine(_demo.Root, "corrections.jsonl")), StringComparison.Ordinal);
        var answer = Answers(await CompareAsync(), "2c").Single(a => a.GetProperty("correction").ValueKind == JsonValueKind.Object);
        Assert.Equal("mitigation", answer.GetProperty("topic").GetString());
        Assert.Equal(["2a"], answer.GetProperty("correction").GetProperty("machineQuestions").EnumerateArray().Select(q => q.GetString()));
        var report = Path.Combine(_demo.Root, "report.html");
        Assert.Equal(0, (await PipelineProcess.RunAsync("report", "--index", _demo.Index, "--out", report)).ExitCode);
        Assert.Contains($"✎ corrected ({id}; machine: 2a, topic due_diligence)", File.ReadAllText(report), StringComparison.Ordinal);
        var (_, listed, _) = await PipelineProcess.RunAsync(["corrections", .. _demo.Options]);
        Assert.Contains($"{id}  applied", listed, StringComparison.Ordinal);

        // When it is undone
        (exit, stdout, stderr) = await PipelineProcess.RunAsync(["corrections", "--undo", id, .. _demo.Options]);

        // Then the machine's reading is back and the file no longer has it
        Assert.True(exit == 0, stderr);
        Assert.StartsWith($"Undid correction {id}", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Answers(await CompareAsync(), "2c"), a => a.GetProperty("correction").ValueKind == JsonValueKind.Object);
        Assert.DoesNotContain(id, File.ReadAllText(Path.Combine(_demo.Root, "corrections.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_Status_ShowsInCompareCsv_WithTheMachinesStatus()
    {
        // When the cell Ostral Photonics × 2d is set to partial (an alias names the company)
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["correct", "--company", "Ostral", "--question", "2d", "--status", "partial", .. _demo.Options]);

        // Then
        Assert.True(exit == 0, stderr);
        Assert.Contains("(Ostral Photonics × 2d: partial)", stdout, StringComparison.Ordinal);
        var (_, csv, _) = await PipelineProcess.RunAsync("compare", "--index", _demo.Index, "--questions", "2d", "--companies", "Ostral", "--format", "csv");
        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("demo,Ostral Photonics,2d,partial,", row, StringComparison.Ordinal);
        Assert.Contains("status ✎ corrected (c-", row, StringComparison.Ordinal);
        Assert.Contains("; machine: answered)", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalAgreement_AfterAStatusCorrection_CountsTheChangedCell()
    {
        // Given the cell Ostral Photonics × 2d corrected
        Assert.Equal(0, (await PipelineProcess.RunAsync(["correct", "--company", "Ostral Photonics", "--question", "2d", "--status", "declined", .. _demo.Options])).ExitCode);

        // When agreement is measured
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["eval", "agreement", "--json", .. _demo.Options]);

        // Then one cell of 144 (16 replying companies × 9 questions) changed, Ostral's
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var cells = json.RootElement.GetProperty("cells");
        Assert.Equal((144, 1), (cells.GetProperty("total").GetInt32(), cells.GetProperty("changed").GetInt32()));
        var changed = json.RootElement.GetProperty("byCompany").EnumerateArray().Where(r => r.GetProperty("changed").GetInt32() > 0).Select(r => r.GetProperty("key").GetString());
        Assert.Equal(["Ostral Photonics"], changed);
        Assert.Equal(1, json.RootElement.GetProperty("corrections").GetInt32());
    }

    [Fact]
    public async Task TrainWithCorrections_OfALockedCampaign_IsExit1_BeforeAnyTraining()
    {
        // Given a campaign file under a folder named locked
        var locked = Directory.CreateDirectory(Path.Combine(_demo.Root, "locked")).FullName;
        File.Copy(_demo.CampaignFile, Path.Combine(locked, "campaign.yaml"));

        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync("train", "--data", RepoPaths.InRepo("corpus", "training"), "--with-corrections", Path.Combine(locked, "campaign.yaml"), "--index", _demo.Index, "--out", Path.Combine(_demo.Root, "model.zip"));

        // Then
        Assert.Equal(1, exit);
        Assert.Contains("a locked evaluation campaign never trains the model", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_demo.Root, "model.zip")));
    }

    [Theory]
    [InlineData("we", "error: 4 passages of Quillon Data Fusion - reply.docx start with \"we\": give more of the text; candidates:\n  We do not make decisions")]
    [InlineData("nothing like this", "error: no passage of Quillon Data Fusion - reply.docx starts with \"nothing like this\"; candidates:\n  Quillon Data Fusion\n")]
    public async Task Correct_AmbiguousOrUnknownAnchor_IsExit1_ListingTheCandidates(string anchor, string expected)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["correct", Quillon, "--text", anchor, "--questions", "2b", .. _demo.Options]);

        // Then nothing is written
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_demo.Root, "corrections.jsonl")));
    }

    [Theory]
    [InlineData("error: no reply 'Nobody - reply.pdf' of campaign demo in the index; candidates:", "correct", "Nobody - reply.pdf", "--text", "x", "--topic", "other")]
    [InlineData("error: --topic: 'mitigations' is not a topic", "correct", Quillon, "--text", "Yes", "--topic", "mitigations")]
    [InlineData("error: say what is right: --questions, --topic or --not-answer", "correct", Quillon, "--text", "Yes")]
    [InlineData("error: no correction 'c-00000000' in", "corrections", "--undo", "c-00000000")]
    public async Task Correct_ImpossibleRequest_IsExit1(string expected, params string[] args)
    {
        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync([.. args, .. _demo.Options]);

        // Then
        Assert.Equal(1, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> CompareAsync()
    {
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("compare", "--index", _demo.Index, "--json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout);
    }

    private static List<JsonElement> Answers(JsonDocument compare, string question) =>
        compare.RootElement.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("company").GetString() == "Quillon Data Fusion" && c.GetProperty("question").GetString() == question)
            .GetProperty("answers").EnumerateArray().ToList();
}
