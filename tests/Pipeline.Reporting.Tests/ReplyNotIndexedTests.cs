using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Core.Errors;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

/// <summary>
/// A company that replied but whose reply is not in the index (its file could not be read, or the campaign records a
/// reply no file brought) is never shown as a non-responder: every format gives it its own status, with the reason.
/// </summary>
public sealed class ReplyNotIndexedTests
{
    private const string Company = "Kestrel Optics";
    private const string Why = "kestrel.pdf: the file is cut off (no %%EOF at its end) and cannot be repaired";
    private static readonly CampaignComparison Unreadable = Variant.WithReplyNotIndexed(Company, new UnreadReply("kestrel.pdf", ErrorCode.Truncated, Why));

    [Fact]
    public void Csv_EveryQuestionOfTheCompany_IsReplyNotIndexed_WithTheReason()
    {
        // When
        var records = Csv(Rendered.Bytes(ComparisonFormat.Csv, comparison: Unreadable));

        // Then
        Assert.Equal("reason", records[0][^1]);
        var rows = records.Where(r => r[1] == Company).ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(("reply_not_indexed", Why), (r[3], r[^1])));
    }

    [Fact]
    public void Csv_ByTopic_SaysTheCountsLackTheReply()
    {
        var records = Csv(Rendered.Bytes(ComparisonFormat.Csv, CompareOptions.Default with { By = CompareBy.Topic }, Unreadable));

        Assert.All(records.Where(r => r[1] == Company), r => Assert.Equal(("0", Why), (r[3], r[^1])));
    }

    [Fact]
    public void Json_CellAndCompany_SayWhatIsMissingAndWhy()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json, comparison: Unreadable));
        var root = json.RootElement;

        // Then
        var company = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("name").GetString() == Company);
        Assert.True(company.GetProperty("replyNotIndexed").GetBoolean());
        var unread = Assert.Single(company.GetProperty("unreadReplies").EnumerateArray());
        Assert.Equal(("kestrel.pdf", "truncated"), (unread.GetProperty("file").GetString(), unread.GetProperty("code").GetString()));
        var cell = root.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("company").GetString() == Company);
        Assert.Equal(("reply_not_indexed", Why), (cell.GetProperty("status").GetString(), cell.GetProperty("reason").GetString()));
        var answered = root.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("company").GetString() == "Aquila Aerospace");
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("reason").ValueKind);
    }

    [Fact]
    public void Xlsx_AnswersSheetHasTheReason_AndTheStatusItsOwnFill()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx, comparison: Unreadable));

        // Then
        var rows = workbook.Rows("Answers");
        Assert.Equal("Reason", rows[0][^1]);
        var row = rows.First(r => r[0] == Company);
        Assert.Equal(("reply_not_indexed", Why), (row[3], row[^1]));
        var matrix = workbook.Rows("By question").Single(r => r[0] == Company);
        Assert.Equal("reply not indexed", matrix[1]);
        Assert.StartsWith("Reply not indexed\n" + Why, matrix[2], StringComparison.Ordinal);
        Assert.Contains(workbook.Rows("Legend"), r => r.Length > 1 && r[1] == "reply_not_indexed");
    }

    [Fact]
    public void Html_MatrixCell_IsReplyNotIndexed_WithTheReasonOnHoverAndClick()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html, comparison: Unreadable);

        // Then
        var cell = Regex.Match(html, $"<td class=\"cell st-reply_not_indexed\"[^>]*data-company=\"{Company}\" data-question=\"1a\"[^>]*>NI</td>");
        Assert.True(cell.Success, "no reply_not_indexed cell for the company's 1a");
        Assert.Contains("title=\"Reply not indexed&#xA;" + Why, cell.Value, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"reason\">Reply not indexed: {Why}</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Reply not indexed<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RepliedCount_SaysWhatIsMissing_AndTheChartAndFindingsAgree()
    {
        // When
        var html = Rendered.Report(Unreadable);

        // Then the company counts as having replied, the count says its reply could not be read and why,
        // and no chart segment calls it a non-responder
        Assert.Contains($"<h3>Replied (7, including 1 not on the campaign's list) — 1 reply could not be read: {Company} ({Why})</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<li data-rule=\"missing-replies\">1 reply is not in the index, so what it says is missing from every figure: {Company} ({Why}).</li>", html, StringComparison.Ordinal);
        var segments = Regex.Matches(html, "<rect class=\"seg st-(\\w+)\" data-question=\"1a\" data-status=\"\\w+\" data-count=\"(\\d+)\"");
        var counts = segments.ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, counts["reply_not_indexed"]);
        Assert.False(counts.ContainsKey("no_response"));
        Assert.Contains($"<p class=\"note missing\">Reply not indexed: {Why}. What it says is missing from every figure of this report.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CompanyTheCampaignRecordsAsResponded_WithoutAnyFile_SaysNoReplyFileFound()
    {
        // Given a company recorded as responded, with no reply file at all
        var comparison = Variant.WithReplyNotIndexed(Company, null);

        // When
        var html = Rendered.Report(comparison);
        var csv = Csv(Rendered.Bytes(ComparisonFormat.Csv, comparison: comparison));

        // Then
        Assert.Contains($"— 1 reply recorded by the campaign is not in the index (no reply file found): {Company}</h3>", html, StringComparison.Ordinal);
        Assert.All(csv.Where(r => r[1] == Company), r => Assert.Equal(("reply_not_indexed", "no reply file found"), (r[3], r[^1])));
    }

    private static List<string[]> Csv(byte[] bytes) => StrictCsv.Parse(System.Text.Encoding.UTF8.GetString(bytes[3..]));

    [Fact]
    public void View_CompanyMissingFromTheCells_IsReplyNotIndexed_NotNoResponse()
    {
        // Given the company without any cell in the comparison
        var comparison = Unreadable with { QuestionCells = [.. Unreadable.QuestionCells.Where(c => c.Company != Company)] };

        // When
        var view = ComparisonSelector.Select(comparison);
        var cell = view.Cell(view.Companies.Single(c => c.Name == Company), view.Questions[0]);

        // Then
        Assert.Equal((Core.Segments.AnswerStatus.ReplyNotIndexed, Why), (cell.Status, cell.Reason));
        Assert.Equal("reply not indexed", ReplyText.Of(view.Companies.Single(c => c.Name == Company)));
    }
}
