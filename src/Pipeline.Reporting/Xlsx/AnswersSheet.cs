using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"Answers": the long form, one filterable row per company × question with the full text and the reason a reply is missing, like the CSV.</summary>
internal static class AnswersSheet
{
    public const string Name = "Answers";

    public static SheetBuilder Start()
    {
        var sheet = new SheetBuilder(Name, [28, 9, 30, 14, 26, 90, 28, 8, 11, 13, 30, 40]) { Filter = true };
        sheet.Header("Company", "Question", "Question title", "Status", "Topics", "Text", "File", "Pages", "Confidence", "Needs review", "Corrected", "Reason");
        return sheet;
    }

    public static void Add(SheetBuilder sheet, ComparisonView view, CompanyRows rows)
    {
        foreach (var question in view.Questions)
        {
            var cell = rows.Cell(question);
            sheet.Row(
                XlsxCell.Of(rows.Company.Name),
                XlsxCell.Of(question.Id.Value),
                XlsxCell.Of(question.ShortTitle ?? string.Empty),
                XlsxCell.Of(StatusStyles.For(cell.Status).Label, XlsxStyles.Status(cell.Status)),
                XlsxCell.Of(string.Join(", ", cell.Topics.Select(t => t.ToLabel()))),
                XlsxCell.Of(cell.Text),
                XlsxCell.Of(PageList.Files(cell.Answers)),
                XlsxCell.Of(PageList.Pages(cell.Answers)),
                    cell.Answers.IsDefaultOrEmpty ? XlsxCell.Of(string.Empty) : XlsxCell.Of(Math.Round(cell.Confidence, 3)),
                XlsxCell.Of(cell.NeedsReview ? ReviewText.Mark : string.Empty),
                XlsxCell.Of(CorrectionText.Of(cell)),
                XlsxCell.Of(cell.Reason ?? string.Empty));
        }
    }
}
