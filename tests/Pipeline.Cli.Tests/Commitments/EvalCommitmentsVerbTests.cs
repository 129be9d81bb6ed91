using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Commitments;

/// <summary>`pipeline eval commitments` over the pooled development files and on a locked file, run as the real executable.</summary>
public sealed class EvalCommitmentsVerbTests : IDisposable
{
    private readonly string _locked = Path.Combine(Path.GetTempPath(), $"locked-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task Locked_ScoresEverySentenceOfTheFile_WithTheShippedModel()
    {
        // Given a locked file of six sentences written for this test
        await File.WriteAllLinesAsync(_locked,
        [
            Line("t1", "We will publish our export control report by the end of 2025.", "commitment", "2025-12-31"),
            Line("t2", "We cannot share the names of our government customers.", "refusal"),
            Line("t3", "We sold twelve thermal cameras to port authorities in 2022.", "claim"),
            Line("t4", "Thank you for your letter of 3 March.", "none"),
            Line("t5", "Nous ne communiquerons pas la liste de nos clients.", "refusal"),
            Line("t6", "Wir haben im Jahr 2023 zwei Verträge beendet.", "claim"),
        ]);

        // When it is scored as a locked set
        var (exit, output, error) = await PipelineProcess.RunAsync("eval", "commitments", "--locked", _locked, "--json");

        // Then every sentence is scored once, as the locked part, and the file is named
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("locked, every sentence", json.RootElement.GetProperty("part").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal([_locked], json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("deadlines").GetProperty("stated").GetInt32());
    }

    [Fact]
    public async Task Default_PoolsTheDevelopmentFiles()
    {
        // Given the repository as the current folder, where the development files are found
        var start = PipelineProcess.StartInfo("eval", "commitments", "--part", "held-out", "--json");
        start.WorkingDirectory = RepoPaths.Root;

        var (exit, output, error) = await PipelineProcess.RunAsync(start);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["dev.jsonl", "dev-2.jsonl", "dev-3.jsonl", "dev-4.jsonl", "dev-5.jsonl", "dev-6.jsonl", "dev-7.jsonl", "dev-8.jsonl"], json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => Path.GetFileName(s.GetString())));
        Assert.True(json.RootElement.GetProperty("count").GetInt32() > 100);
    }

    [Theory]
    [InlineData("--train", "--locked, --train, --folds and --leave-one-file-out are different ways of scoring: give one")]
    [InlineData("--sentences", "--locked scores one locked file as it is: it takes neither --sentences nor --training-only")]
    [InlineData("--part", "--part selects what the shipped model scores")]
    public async Task Locked_WithAnotherSelection_IsAUsageError(string option, string message)
    {
        string[] arguments = ["eval", "commitments", "--locked", "x.jsonl", option, .. option is "--sentences" or "--part" ? ["all"] : Array.Empty<string>()];

        var (exit, _, error) = await PipelineProcess.RunAsync(arguments);

        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChooseWeights_WithoutHeldOutProbabilities_IsAUsageError()
    {
        var (exit, _, error) = await PipelineProcess.RunAsync("eval", "commitments", "--choose-weights");

        Assert.Equal(1, exit);
        Assert.Contains("--choose-weights chooses on held-out probabilities: give --folds or --leave-one-file-out", error, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_locked);

    private static string Line(string id, string text, string kind, string? deadline = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id, ["text"] = text, ["kind"] = kind, ["deadline_text"] = deadline is null ? null : "by the end of 2025", ["deadline"] = deadline,
        ["language"] = text.StartsWith("Nous", StringComparison.Ordinal) ? "fr" : text.StartsWith("Wir", StringComparison.Ordinal) ? "de" : "en",
        ["source"] = new Dictionary<string, string> { ["url"] = "https://example.org/" + id },
    });
}
