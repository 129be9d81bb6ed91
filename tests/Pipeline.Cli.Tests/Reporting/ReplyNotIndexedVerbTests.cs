using System.Text.RegularExpressions;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Reporting;

/// <summary>
/// The demo replies with one listed responder's file cut off: before, the report said "Replied (15)" while its chart and
/// the CSV showed that company as no_response, and nothing warned. Now every verb says the reply is missing, and why.
/// </summary>
public sealed class ReplyNotIndexedVerbTests : IDisposable
{
    private static readonly string Campaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-missing-reply-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task DamagedReplyOfAResponder_IsReplyNotIndexed_InCompareReportAndDocuments()
    {
        // Given the demo replies, Aldercrest's cut off half-way, ingested
        var replies = Directory.CreateDirectory(Path.Combine(_root, "replies")).FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.InRepo("corpus", "campaigns", "demo", "replies")))
        {
            File.Copy(file, Path.Combine(replies, Path.GetFileName(file)));
        }

        var aldercrest = Path.Combine(replies, "Aldercrest Systems - reply.pdf");
        var bytes = await File.ReadAllBytesAsync(aldercrest);
        await File.WriteAllBytesAsync(aldercrest, bytes[..(bytes.Length / 2)]);
        var index = Path.Combine(_root, "index");
        var (ingested, _, _) = await PipelineProcess.RunAsync("ingest", replies, "--campaign", Campaign, "--index", index);

        // When compared, reported and listed
        var (compared, csv, _) = await PipelineProcess.RunAsync("compare", "--index", index, "--companies", "Aldercrest");
        var report = Path.Combine(_root, "report.html");
        var (reported, _, _) = await PipelineProcess.RunAsync("report", "--index", index, "--out", report);
        var (_, documents, _) = await PipelineProcess.RunAsync("documents", "--index", index);

        // Then the CSV gives the company's own status with the reason on each of its 9 rows
        Assert.Equal((2, 0, 0), (ingested, compared, reported));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Matches("^demo,Aldercrest Systems,\\w+,reply_not_indexed,,,,,,false,,\"?Aldercrest Systems - reply.pdf: the file is cut off", r));

        // And the report's count says what is missing, its chart has no non-responder among those who replied
        var html = await File.ReadAllTextAsync(report);
        Assert.Contains("<h3>Replied (15) — 1 reply could not be read: Aldercrest Systems (Aldercrest Systems - reply.pdf: the file is cut off", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<rect class=\"seg st-no_response\"", html);
        Assert.Equal(9, Regex.Count(html, "<rect class=\"seg st-reply_not_indexed\"[^>]*data-count=\"1\""));

        // And the documents list names the file that could not be read
        Assert.Contains("Not indexed (1)", documents, StringComparison.Ordinal);
        Assert.Contains("demo  Aldercrest Systems  truncated: Aldercrest Systems - reply.pdf", documents, StringComparison.Ordinal);
    }
}
