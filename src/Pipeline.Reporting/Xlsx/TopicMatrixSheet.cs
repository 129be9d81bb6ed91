using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"By topic": a row per company, a column per topic; each cell the passage count and the strongest passage.</summary>
internal static class TopicMatrixSheet
{
    public const string Name = "By topic";
    private const int ExcerptLength = 200;

    public static SheetBuilder Start(ComparisonView view)
    {
        var sheet = new SheetBuilder(Name, [30, .. view.Topics.Select(_ => 32.0)]) { Frozen = (1, 1) };
        sheet.Row([XlsxCell.Of("Company", XlsxStyles.Header), .. view.Topics.Select(t => XlsxCell.Of(t.Title(), XlsxStyles.Header))]);
        return sheet;
    }

    public static void Add(SheetBuilder sheet, ComparisonView view, CompanyRows rows) =>
        sheet.Row([
            XlsxCell.Of(rows.Company.Name, XlsxStyles.Bold),
            .. view.Topics.Select(t => XlsxCell.Of(CellText.Summary(rows.Cell(t), ExcerptLength))),
        ]);
}
