using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Corrections;

/// <summary>`pipeline correct --item …` on the commitments ledger (issue 15 through issue 14's corrections), run as the real executable on a copy of the demo campaign.</summary>
public sealed class LedgerCorrectVerbTests : IDisposable
{
    private const string CastellanRefusal = "1.c We cannot commit to providing lists of clients.";
    private readonly DemoCopy _demo = new();

    public void Dispose() => _demo.Dispose();

    [Fact]
    public async Task CorrectItem_Reject_TakesItOutOfCommitments_ListsItAsRejected_AndCorrectionsSaysApplied()
    {
        // Given Castellan's refusal, named by the start of its id
        var id = await IdOfAsync(CastellanRefusal);

        // When a researcher rejects it
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["correct", "--item", id[..8], "--reject", "--note", "a heading, not a refusal", .. _demo.Options]);

        // Then it is recorded beside the campaign, anchored by its quote, and no reply is indexed again
        Assert.True(exit == 0, stderr);
        Assert.Matches("^Recorded correction c-[0-9a-f]{8} \\(Castellan Vision Systems - reply.pdf, ledger item \"1.c We cannot commit to providing lists of clients…\": rejected\\) in .*; no reply needed indexing again.", stdout);
        var line = Assert.Single(File.ReadAllLines(Path.Combine(_demo.Root, "corrections.jsonl")));
        Assert.Contains($"\"kind\":\"statement\",\"reply\":\"Castellan Vision Systems - reply.pdf\"", line, StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"{CastellanRefusal}\"", line, StringComparison.Ordinal);
        Assert.Contains("\"itemKind\":\"none\"", line, StringComparison.Ordinal);

        // And the ledger no longer lists it, but says it was rejected
        var (_, json, _) = await PipelineProcess.RunAsync("commitments", "--index", _demo.Index, "--json");
        using (var ledger = JsonDocument.Parse(json))
        {
            Assert.DoesNotContain(ledger.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
            var rejected = Assert.Single(ledger.RootElement.GetProperty("rejected").EnumerateArray());
            Assert.Equal((id, "refusal"), (rejected.GetProperty("id").GetString(), rejected.GetProperty("correction").GetProperty("machineKind").GetString()));
        }

        var (_, text, _) = await PipelineProcess.RunAsync("commitments", "--index", _demo.Index);
        Assert.Contains($"1 item(s) rejected by researchers (not listed above):\n  [{id}] ✎ corrected (c-", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var (_, listed, _) = await PipelineProcess.RunAsync(["corrections", .. _demo.Options]);
        Assert.Matches($"c-[0-9a-f]{{8}}  applied   Castellan Vision Systems - reply.pdf, ledger item \"1.c We cannot commit", listed);
    }

    [Fact]
    public async Task CorrectItem_KindDeadlineAndCondition_ShowInCommitments_WithTheMachinesReading()
    {
        // Given Castellan's refusal (no deadline, no condition)
        var id = await IdOfAsync(CastellanRefusal);

        // When it is made a claim dated 2024-Q2, subject to a condition
        var (exit, _, stderr) = await PipelineProcess.RunAsync(["correct", "--item", id, "--kind", "claim", "--deadline", "2024-Q2", "--condition", "where contracts allow", .. _demo.Options]);

        // Then the ledger shows the corrected reading, marked, with what the machine said
        Assert.True(exit == 0, stderr);
        var (_, text, _) = await PipelineProcess.RunAsync("commitments", "--index", _demo.Index, "--company", "Castellan Vision Systems", "--kind", "claim");
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith($"  [{id}]", StringComparison.Ordinal));
        Assert.Equal($"  [{id}] claim  dated 2024-Q2 \"2024-Q2\"  open  conditional", lines[at]);
        Assert.EndsWith("· condition: where contracts allow", lines[at + 2], StringComparison.Ordinal);
        Assert.Matches("^      ✎ corrected \\(c-[0-9a-f]{8}; machine: refusal, no deadline\\)$", lines[at + 3]);
    }

    [Fact]
    public async Task CorrectItem_RejectAndKindTogether_OrABadDeadline_IsAUsageError()
    {
        var id = await IdOfAsync(CastellanRefusal);

        var both = await PipelineProcess.RunAsync(["correct", "--item", id, "--reject", "--kind", "claim", .. _demo.Options]);
        var badDeadline = await PipelineProcess.RunAsync(["correct", "--item", id, "--deadline", "soon", .. _demo.Options]);

        Assert.Equal(1, both.ExitCode);
        Assert.Contains("--reject and --kind contradict each other", both.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, badDeadline.ExitCode);
        Assert.Contains("deadline 'soon' is not a date or period", badDeadline.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_demo.Root, "corrections.jsonl")));
    }

    private async Task<string> IdOfAsync(string quote)
    {
        var (exit, json, stderr) = await PipelineProcess.RunAsync("commitments", "--index", _demo.Index, "--json");
        Assert.True(exit == 0, stderr);
        using var ledger = JsonDocument.Parse(json);
        return ledger.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("statement").GetProperty("text").GetString() == quote).GetProperty("id").GetString()!;
    }
}
