using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

/// <summary>
/// Corrections (issue 14) in every comparison format: the corrected reading, marked, with the machine's beside it.
/// Castellan Security's 1c: status set to answered by c-0000aaaa (machine: declined); its answer moved there by c-0000bbbb from 1b.
/// </summary>
public sealed class CorrectionRenderingTests
{
    private static readonly CampaignComparison Corrected = Build();

    [Fact]
    public void Csv_CorrectedColumn_SaysWhatAndTheMachinesReading()
    {
        // When
        var rows = StrictCsv.Parse(Encoding.UTF8.GetString(Rendered.Bytes(ComparisonFormat.Csv, comparison: Corrected)[3..])).Skip(1).ToList();

        // Then
        var cell = rows.Single(r => r[1] == "Castellan Security" && r[2] == "1c");
        Assert.Equal("answered", cell[3]);
        Assert.Equal("status ✎ corrected (c-0000aaaa; machine: declined); answer ✎ corrected (c-0000bbbb; machine: 1b, topic disclosure_commitment)", cell[10]);
        Assert.Equal(string.Empty, rows.Single(r => r[1] == "Castellan Security" && r[2] == "2a")[10]);
    }

    [Fact]
    public void Json_CellAndAnswer_CarryTheCorrections()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json, comparison: Corrected));
        var cell = json.RootElement.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("company").GetString() == "Castellan Security" && c.GetProperty("question").GetString() == "1c");

        // Then
        Assert.True(cell.GetProperty("corrected").GetBoolean());
        Assert.Equal(("c-0000aaaa", "declined"), (cell.GetProperty("statusCorrection").GetString(), cell.GetProperty("machineStatus").GetString()));
        var correction = cell.GetProperty("answers")[0].GetProperty("correction");
        Assert.Equal(["1b"], correction.GetProperty("machineQuestions").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public void Html_CellIsFlagged_AndTheAnswerSaysWhatTheMachineSaid()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html, comparison: Corrected);

        // Then
        Assert.Matches("data-company=\"Castellan Security\" data-question=\"1c\" data-status=\"answered\" data-corrected=\"true\"", html);
        Assert.Contains($"{CorrectionText.Mark} (c-0000bbbb; machine: 1b, topic disclosure_commitment)", html);
    }

    [Fact]
    public void Report_ShowsTheStatusCorrection()
    {
        // When
        var html = Rendered.Report(Corrected);

        // Then
        Assert.Contains("status ✎ corrected (c-0000aaaa; machine: declined)", html);
    }

    private static CampaignComparison Build()
    {
        var comparison = ComparisonFixture.Comparison;
        var c1c = QuestionId.Parse("1c");
        var cells = comparison.QuestionCells.Select(cell => cell.Company == "Castellan Security" && cell.Question == c1c
            ? cell with
            {
                Status = AnswerStatus.Answered,
                StatusCorrection = "c-0000aaaa",
                MachineStatus = AnswerStatus.Declined,
                Answers = [.. cell.Answers.Select(a => a with { Correction = new CorrectionMark(["c-0000bbbb"], [QuestionId.Parse("1b")], Topic.DisclosureCommitment) })],
            }
            : cell);
        return comparison with { QuestionCells = [.. cells] };
    }
}
