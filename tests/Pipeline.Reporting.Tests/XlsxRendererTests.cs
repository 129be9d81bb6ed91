using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;
using Pipeline.Reporting.Xlsx;

namespace Pipeline.Reporting.Tests;

public sealed class XlsxRendererTests
{
    [Fact]
    public void Workbook_HasASheetPerView_AndIsValidOpenXml()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));

        // Then
        Assert.Equal(["By question", "By topic", "Answers", "Sources", "Legend"], workbook.SheetNames);
        Assert.Empty(new OpenXmlValidator().Validate(workbook.Document));
    }

    [Fact]
    public void ByQuestion_EachCellShowsAndIsFilledWithTheFixtureStatus()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var rows = workbook.Rows("By question");

        // Then
        Assert.Equal(["Company", "Reply", "1a Products and clients"], rows[0][..3]);
        foreach (var (company, question, status) in ExpectedMatrix.Cells)
        {
            var row = Array.IndexOf(ExpectedMatrix.Companies, company) + 2;
            var column = SheetBuilder.ColumnName(Array.IndexOf(ExpectedMatrix.Questions, question) + 2);
            var (text, style) = workbook.Cell("By question", $"{column}{row}");
            var expected = StatusStyles.All.Single(s => s.Label == status);
            Assert.Equal(company, workbook.Cell("By question", $"A{row}").Text);
            Assert.StartsWith(expected.Title, text);
            Assert.Equal(XlsxStyles.Status(expected.Status), style);
        }
    }

    [Fact]
    public void ByQuestion_CellCarriesTopicsExcerptAndProvenance_AndReplyColumnSaysWhoReplied()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));

        // Then: Aquila (row 2), 1a (column C)
        Assert.Equal(
            "Declined · confidentiality_decline\nDue to contractual confidentiality obligations towards our government customers, we are not in a position to disclose client names or product lists.\n[aquila-reply.pdf, p. 1]",
            workbook.Cell("By question", "C2").Text);
        Assert.Equal("no response", workbook.Cell("By question", "B7").Text);
        Assert.Equal("replied (not listed)", workbook.Cell("By question", "B10").Text);
    }

    [Fact]
    public void StatusFills_UseTheStatusColours()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var stylesheet = workbook.Part.WorkbookStylesPart!.Stylesheet;

        // Then
        foreach (var style in StatusStyles.All)
        {
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)XlsxStyles.Status(style.Status));
            var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
            Assert.Equal(style.Argb, fill.PatternFill!.ForegroundColor!.Rgb!.Value);
            Assert.True(format.Alignment!.WrapText!.Value);
        }
    }

    [Fact]
    public void Sheets_FreezeTheirHeaderRow_AndTheMatrixFreezesTheCompanyColumns()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var matrix = workbook.Sheet("By question").Descendants<Pane>().Single();
        var answers = workbook.Sheet("Answers").Descendants<Pane>().Single();

        // Then
        Assert.Equal(PaneStateValues.Frozen, matrix.State!.Value);
        Assert.Equal(("C2", 1.0, 2.0), (matrix.TopLeftCell!.Value, matrix.VerticalSplit!.Value, matrix.HorizontalSplit!.Value));
        Assert.Equal(("A2", 1.0), (answers.TopLeftCell!.Value, answers.VerticalSplit!.Value));
        Assert.NotNull(workbook.Sheet("Answers").GetFirstChild<AutoFilter>());
        Assert.Equal(90, workbook.Sheet("Answers").Descendants<Column>().ElementAt(5).Width!.Value);
    }

    [Fact]
    public void RowsOfWrappedText_GetAHeightForTheirLines_SingleLineRowsKeepTheDefault()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var rows = workbook.Sheet("By question").Descendants<Row>().ToList();

        // Then: Aquila's 1a cell is a status line, 4 lines of excerpt at 42 wide, and the source
        Assert.True(rows[1].CustomHeight!.Value);
        Assert.Equal((6 * 15) + 3, rows[1].Height!.Value);
        Assert.Null(rows[6].Height);
    }

    [Theory]
    [InlineData("", 10, 1)]
    [InlineData("one line", 10, 1)]
    [InlineData("first\nsecond", 40, 2)]
    [InlineData("0123456789012345678901234567890123456789", 10, 4)]
    public void Lines_EstimatesWrappedLinesFromColumnWidth(string text, double width, int expected) =>
        Assert.Equal(expected, SheetBuilder.Lines(text, width));

    [Fact]
    public void Answers_IsTheLongForm_WithFullTextVerbatim()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var rows = workbook.Rows("Answers");

        // Then
        Assert.Equal(["Company", "Question", "Question title", "Status", "Topics", "Text", "File", "Pages", "Confidence", "Needs review", "Corrected", "Reason"], rows[0]);
        Assert.Equal(ExpectedMatrix.Cells.ToList(), rows.Skip(1).Select(r => (r[0], r[1], r[3])).ToList());
        var borealis = rows.Single(r => r[0] == "Borealis Forensics" && r[1] == "2c");
        Assert.Equal(["mitigation", ComparisonFixture.InjectedAnswer, "Borealis_reply_2022.pdf", "2;3", "0.8", "", "", ""], borealis[4..]);
    }

    [Fact]
    public void Sources_ListEveryCitedReply()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));
        var rows = workbook.Rows("Sources");

        // Then
        Assert.Equal(["Document id", "File", "Company", "Pages cited"], rows[0]);
        Assert.Equal(7, rows.Count);
        Assert.Contains([ComparisonFixture.DocumentId("Borealis_reply_2022.pdf"), "Borealis_reply_2022.pdf", "Borealis Forensics", "1, 2, 3"], rows);
    }

    [Fact]
    public void ByTopic_OpensOnTheTopicSheet_WithCountsAndStrongestPassage()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx, CompareOptions.Default with { By = CompareBy.Topic }));

        // Then
        Assert.Equal(1u, workbook.Part.Workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab!.Value);
        Assert.True(workbook.Sheet("By topic").Descendants<SheetView>().Single().TabSelected!.Value);
        Assert.Equal("Mitigation", workbook.Cell("By topic", "G1").Text);
        Assert.Equal("2 passages\nContracts forbid use for mass surveillance.\n[castellan-letter.docx]", workbook.Cell("By topic", "G4").Text);
        Assert.Equal("0 passages", workbook.Cell("By topic", "G7").Text);
    }

    [Fact]
    public void Legend_ExplainsEachStatusWithItsFill()
    {
        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx));

        // Then: status rows start on row 6, after three campaign lines, a blank row and a header
        var (text, style) = workbook.Cell("Legend", "A9");
        Assert.Equal("NA Not addressed", text);
        Assert.Equal(XlsxStyles.Status(AnswerStatus.NotAddressed), style);
        Assert.Equal("Business & Human Rights Resource Centre", workbook.Cell("Legend", "B2").Text);
    }
}
