using System.Text;
using System.Text.Json;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

/// <summary>
/// needsReview in every comparison format (issue 20). In the fixture, Castellan Security's 2c holds a passage routed by
/// topic with a topic score of 0.58 (below 0.7) and a tie of 0.6 (below 0.8): the cell needs review; its 2a (table row,
/// score 0.9) does not.
/// </summary>
public sealed class NeedsReviewTests
{
    [Fact]
    public void Csv_MarksTheUnsureCell_AndOnlyIt()
    {
        // When
        var rows = StrictCsv.Parse(Encoding.UTF8.GetString(Rendered.Bytes(ComparisonFormat.Csv)[3..])).Skip(1).ToList();

        // Then
        Assert.Equal("true", rows.Single(r => r[1] == "Castellan Security" && r[2] == "2c")[9]);
        Assert.Equal("false", rows.Single(r => r[1] == "Castellan Security" && r[2] == "2a")[9]);
    }

    [Fact]
    public void Json_MarksTheCell_AndTheAnswerWithItsReason()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json));
        var cell = json.RootElement.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("company").GetString() == "Castellan Security" && c.GetProperty("question").GetString() == "2c");

        // Then the table row is sure, the routed passage is not
        Assert.True(cell.GetProperty("needsReview").GetBoolean());
        var answers = cell.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal([false, true], answers.Select(a => a.GetProperty("needsReview").GetBoolean()));
        Assert.Equal(["low_attribution", "low_topic"], answers[1].GetProperty("reviewReasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Xlsx_AnswersSheet_HasTheMark()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var rows = workbook.Rows("Answers");

        // Then
        Assert.Equal(ReviewText.Mark, rows.Single(r => r[0] == "Castellan Security" && r[1] == "2c")[9]);
        Assert.Equal(string.Empty, rows.Single(r => r[0] == "Castellan Security" && r[1] == "2a")[9]);
    }

    [Fact]
    public void Html_MatrixCellAndAnswer_ShowTheMark()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html);

        // Then the cell is flagged (the stylesheet draws ⚑ after its status), and the answer says why
        Assert.Matches("data-company=\"Castellan Security\" data-question=\"2c\" data-status=\"[a-z_]+\" data-review=\"true\"", html);
        Assert.DoesNotMatch("data-company=\"Castellan Security\" data-question=\"2a\" data-status=\"[a-z_]+\" data-review", html);
        Assert.Contains("td[data-review]::after{content:\"⚑\"", html);
        Assert.Contains($"{ReviewText.Mark}</strong> (unsure topic)", html);
    }
}
