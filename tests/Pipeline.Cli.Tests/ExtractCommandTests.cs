using System.Text.Json;
using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("pipeline-extract-test-");

    [Fact]
    public async Task Folder_WithOneBadFile_WritesEveryResult_AndExitsTwo()
    {
        // Given a folder with a LibreOffice letter and a .pdf that is not a PDF
        var input = _temp.CreateSubdirectory("in");
        File.Copy(Letter("letter-01-plain.pdf"), Path.Combine(input.FullName, "good.pdf"));
        await File.WriteAllTextAsync(Path.Combine(input.FullName, "bad.pdf"), "oops");
        var output = Path.Combine(_temp.FullName, "out");

        // When
        // (through CliRun, as every in-process run: its gate keeps this run's progress lines out of another test's captured stderr)
        var (exit, _, _) = await CliRun.RunAsync("extract", "--json", "--no-ocr", "--out", output, input.FullName);

        // Then
        Assert.Equal(2, exit);
        using var good = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "good.json")));
        Assert.Equal("pdf", good.RootElement.GetProperty("document").GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, good.RootElement.GetProperty("error").ValueKind);
        var first = good.RootElement.GetProperty("blocks")[0];
        Assert.Equal(4, first.GetProperty("bbox").GetArrayLength());
        Assert.Contains(good.RootElement.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("kind").GetString() == "page_number");
        using var bad = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "bad.json")));
        Assert.Equal("wrong-format", bad.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, bad.RootElement.GetProperty("document").ValueKind);
    }

    [Fact]
    public async Task Text_MarksPageBreaks_AndLeavesOutRunningMatter()
    {
        // Given
        var output = Path.Combine(_temp.FullName, "out");

        // When
        var (exit, _, _) = await CliRun.RunAsync("extract", "--no-ocr", "--out", output, Letter("letter-01-plain.pdf"));

        // Then
        Assert.Equal(0, exit);
        var text = await File.ReadAllTextAsync(Path.Combine(output, "letter-01-plain.txt"));
        Assert.StartsWith("Dear Ms Researcher,\n\nQuestion 1a\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n--- page 2 ---\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reply to the 2022 outreach", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPath_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.RunAsync("extract", Path.Combine(_temp.FullName, "nowhere.pdf"));

        Assert.Equal(1, exit);
        Assert.Contains("nowhere.pdf", error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Delete(recursive: true);

    private static string Letter(string name) => RepoPaths.InRepo("benchmarks", "data", name);
}
