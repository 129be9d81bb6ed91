using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"By topic": a row per company, a column per topic; each cell the passage count and the strongest passage.</summary>
internal static class TopicMatrixSheet
{
    public const string Name = "By topic";
    private const int ExcerptLength = 200;

    public static SheetBuilder Build(ComparisonView view)
    {
        var sheet = new SheetBuilder(Name, [30, .. view.Topics.Select(_ => 32.0)]) { Frozen = (1, 1) };
        sheet.Row([XlsxCell.Of("Company", XlsxStyles.Header), .. view.Topics.Select(t => XlsxCell.Of(t.Title(), XlsxStyles.Header))]);
        foreach (var company in view.Companies)
        {
            sheet.Row([
                XlsxCell.Of(company.Name, XlsxStyles.Bold),
                .. view.Topics.Select(t => XlsxCell.Of(CellText.Summary(view.Cell(company, t), ExcerptLength))),
            ]);
        }

        return sheet;
    }
}
