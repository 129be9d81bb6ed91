using System.IO.Compression;
using System.Text.Json;
using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Archive;

public sealed class ChangesAndReuseVerbTests(TwoCampaignArchive archive) : IClassFixture<TwoCampaignArchive>
{
    [Fact]
    public async Task Changes_Json_PairsTheRepeatedQuestionAndShowsTheNewText()
    {
        // When
        var (exit, stdout, _) = await CliRun.RunAsync("changes", "--from", "demo", "--to", "demo-follow-up", "--index", archive.Index, "--json");

        // Then Helvora's 2d is compared with the demo's 2d (same_as); its 4, unmapped, with the demo's question of its topic (1a)
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        var grievance = changes.Single(c => c.GetProperty("question").GetString() == "2d");
        Assert.Equal(("Helvora Biometrics", "same_as", "answered", "answered"), (
            grievance.GetProperty("company").GetString(), grievance.GetProperty("matchedBy").GetString(),
            grievance.GetProperty("before").GetString(), grievance.GetProperty("after").GetString()));
        Assert.Contains(grievance.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("after").GetString()?.Contains("Speak Up line", StringComparison.Ordinal) == true);
        Assert.Contains(grievance.GetProperty("statements").EnumerateArray(), s => s.GetProperty("change").GetString() == "new"
            && s.GetProperty("item").GetProperty("statement").GetProperty("text").GetString()!.StartsWith("Question 2(d): Since 2023 our Speak Up line", StringComparison.Ordinal));
        var facial = changes.Single(c => c.GetProperty("question").GetString() == "4");
        Assert.Equal("topic", facial.GetProperty("matchedBy").GetString());
        Assert.Equal(["1a"], facial.GetProperty("earlierQuestions").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task Changes_HtmlAndXlsx_AreWrittenAsFilesOfTheirKind()
    {
        // Given
        var html = Path.Combine(archive.Root, "changes.html");
        var xlsx = Path.Combine(archive.Root, "changes.xlsx");

        // When
        var (htmlExit, _, _) = await CliRun.RunAsync("changes", "--from", "demo", "--to", "demo-follow-up", "--index", archive.Index, "--out", html);
        var (xlsxExit, _, _) = await CliRun.RunAsync("changes", "--from", "demo", "--to", "demo-follow-up", "--index", archive.Index, "--out", xlsx);

        // Then a page naming the company and a workbook with its three sheets
        Assert.Equal((0, 0), (htmlExit, xlsxExit));
        var page = await File.ReadAllTextAsync(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Helvora Biometrics</h2>", page, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(xlsx);
        using var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheets = await workbook.ReadToEndAsync();
        Assert.Contains("name=\"Changes\"", sheets, StringComparison.Ordinal);
        Assert.Contains("name=\"Paragraphs\"", sheets, StringComparison.Ordinal);
        Assert.Contains("name=\"Statements\"", sheets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changes --from demo", "error: give both campaigns: --from EARLIER --to LATER")]
    [InlineData("changes --from demo --to demo-2023", "error: --to: no campaign 'demo-2023' in this index (it holds: demo, demo-follow-up)")]
    [InlineData("changes --from demo --to demo-follow-up --format pdf", "error: --format must be text, json, html or xlsx, not 'pdf'")]
    [InlineData("changes --from demo --to demo-follow-up --format xlsx", "error: xlsx is a binary format: give --out FILE.xlsx")]
    [InlineData("changes --from demo --to DEMO", "error: --from and --to name the same campaign (demo)")]
    [InlineData("reuse --min-words 2", "error: --min-words must be at least 5, not 2")]
    [InlineData("reuse --campaign nope", "error: --campaign: no campaign 'nope' in this index")]
    [InlineData("ingest-reference missing.pdf --company Helvora", "error: no file missing.pdf")]
    [InlineData("ingest-reference missing.pdf", "error: say whose document it is: --company NAME")]
    public async Task ArchiveVerbs_BadArguments_AreUsageErrors(string arguments, string expected)
    {
        // When
        var (exit, _, stderr) = await CliRun.RunAsync([.. arguments.Split(' '), "--index", archive.Index]);

        // Then
        Assert.Equal(1, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestReference_UnreadableFile_FailsThatInputWithItsReason()
    {
        // Given a file that says it is a PDF and is not
        var bad = Path.Combine(archive.Root, "not a policy.pdf");
        await File.WriteAllTextAsync(bad, "this is no PDF at all");

        // When
        var (exit, _, stderr) = await CliRun.RunAsync("ingest-reference", bad, "--company", "Helvora", "--index", archive.Index);

        // Then as extract and segment report it: exit 2, the error code and the file, once
        Assert.Equal(2, exit);
        Assert.StartsWith($"failed wrong-format: {bad}: not a PDF", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reuse_AfterAddingAReference_FindsTheReplyThatCopiesIt()
    {
        // Given a reference document holding Helvora's 2024 grievance paragraph, reflowed and hyphenated
        var reference = Path.Combine(archive.Root, "Helvora policy.txt");
        await File.WriteAllTextAsync(reference, "Helvora human rights policy\n\nSince 2023 our Speak Up line is open to anyone affected by our products, in eleven lan-\nguages, and every report is reviewed by our ethics office within ten working days.\n");

        // When
        var (addExit, added, _) = await CliRun.RunAsync("ingest-reference", reference, "--company", "Helvora", "--index", archive.Index);
        var (exit, stdout, _) = await CliRun.RunAsync("reuse", "--index", archive.Index, "--min-words", "10", "--json");

        // Then
        Assert.Equal((0, 0), (addExit, exit));
        Assert.StartsWith("added Helvora policy.txt for Helvora Biometrics:", added, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var found = json.RootElement.GetProperty("reuse").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "reference");
        Assert.Equal("Helvora policy.txt", found.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal("demo-follow-up", found.GetProperty("later").GetProperty("campaignId").GetString());
    }
}
