using System.Text.Json;

using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Commands.Classification;

public sealed class ClassificationVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-cli-classify-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Classify_MissingModel_ExitsFatal_NamingTheFileAndTheFix()
    {
        // Given a --model path with no file
        var model = Path.Combine(_folder, "absent.zip");

        // When classifying
        var (exit, stdout, stderr) = await CliRun.RunAsync("classify", "Our hotline is open to all.", "--model", model);

        // Then exit 3, one error line naming the file and `pipeline train`, no stack trace, nothing on stdout
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"error (io-error): {model}: ", stderr, StringComparison.Ordinal);
        Assert.Contains("pipeline train", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_CorruptModel_ExitsFatal_AsDamaged()
    {
        // Given a model file that is an HTML page
        var model = Path.Combine(_folder, "topic-classifier.zip");
        await File.WriteAllTextAsync(model, "<html>not found</html>");

        // When classifying
        var (exit, _, stderr) = await CliRun.RunAsync("classify", "Our hotline is open to all.", "--model", model);

        // Then exit 3 with the damaged code, no stack trace
        Assert.Equal(3, exit);
        Assert.StartsWith($"error (damaged): {model}: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_Json_GivesTopicScoreAndAllTwelveScores()
    {
        // Given the bundled model
        const string text = "Complaints can be made anonymously through our whistleblowing hotline, run by an external ombudsperson.";

        // When classifying one text as JSON
        var (exit, stdout, _) = await CliRun.RunAsync("classify", text, "--json");

        // Then {"text","topic","score","scores"} with the grievance topic and 12 scores
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(text, root.GetProperty("text").GetString());
        Assert.Equal("grievance_mechanism", root.GetProperty("topic").GetString());
        Assert.Equal(12, root.GetProperty("scores").EnumerateObject().Count());
        Assert.Equal(root.GetProperty("score").GetDouble(), root.GetProperty("scores").GetProperty("grievance_mechanism").GetDouble());
    }

    [Fact]
    public async Task Classify_Input_GivesOneJsonLinePerLine_AndExit2ForABadLine()
    {
        // Given a JSON-lines file: two texts and one line that is not JSON
        var input = Path.Combine(_folder, "in.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"text": "Dear Ms Haddad,"}""",
            "not json",
            """{"text": "Each export needs a dual-use licence from the national licensing authority under the Wassenaar rules."}""",
        ]);

        // When classifying the file
        var (exit, stdout, stderr) = await CliRun.RunAsync("classify", "--input", input);

        // Then two JSON lines in order, the bad line reported with its number, exit 2
        Assert.Equal(2, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["other", "export_control"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("topic").GetString()));
        Assert.Contains($"{input}:2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_WithoutTextOrInput_IsAUsageError()
    {
        // Given no text and no --input
        // When classifying
        var (exit, _, stderr) = await CliRun.RunAsync("classify");

        // Then exit 1 saying what to give
        Assert.Equal(1, exit);
        Assert.Contains("--input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalClassification_Json_ScoresATestFolder()
    {
        // Given a test folder of two labels, one clear line each
        var test = Directory.CreateDirectory(Path.Combine(_folder, "test")).FullName;
        await File.WriteAllTextAsync(Path.Combine(test, "other.jsonl"), """{"label": "other", "text": "Yours sincerely,"}""" + "\n");
        await File.WriteAllTextAsync(Path.Combine(test, "export_control.jsonl"), """{"label": "export_control", "text": "Each export of our radars requires a licence under the EU Dual-Use Regulation."}""" + "\n");

        // When evaluating the bundled model on it
        var (exit, stdout, _) = await CliRun.RunAsync("eval", "classification", "--test", test, "--json");

        // Then both are right: macro-F1 1 over 2 examples, with the confusion matrix over 12 labels
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal((2, 1.0), (scores.GetProperty("examples").GetInt32(), scores.GetProperty("macroF1").GetDouble()));
        Assert.Equal(12, scores.GetProperty("confusion").GetProperty("rows").GetArrayLength());
    }
}
