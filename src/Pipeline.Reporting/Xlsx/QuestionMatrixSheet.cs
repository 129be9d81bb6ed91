using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"By question": a row per company, a column per question; each cell coloured by status with topics, excerpt and source.</summary>
internal static class QuestionMatrixSheet
{
    public const string Name = "By question";
    private const int ExcerptLength = 300;

    public static SheetBuilder Start(ComparisonView view)
    {
        var sheet = new SheetBuilder(Name, [30, 14, .. view.Questions.Select(_ => 42.0)]) { Frozen = (1, 2) };
        sheet.Row([
            XlsxCell.Of("Company", XlsxStyles.Header),
            XlsxCell.Of("Reply", XlsxStyles.Header),
            .. view.Questions.Select(q => XlsxCell.Of(q.ShortTitle is { } t ? $"{q.Id} {t}" : q.Id.Value, XlsxStyles.Header)),
        ]);
        return sheet;
    }

    public static void Add(SheetBuilder sheet, ComparisonView view, CompanyRows rows) =>
        sheet.Row([
            XlsxCell.Of(rows.Company.Name, XlsxStyles.Bold),
            XlsxCell.Of(ReplyText.Of(rows.Company)),
            .. view.Questions.Select(rows.Cell).Select(c => XlsxCell.Of(CellText.Summary(c, ExcerptLength), XlsxStyles.Status(c.Status))),
        ]);
}
