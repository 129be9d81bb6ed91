using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>
/// The comparison as an Excel workbook: "By question" and "By topic" matrices, the "Answers" long form, the
/// "Commitments" ledger (when the comparison carries one), "Sources" and a "Legend". Header rows frozen, text wrapped, status cells filled with the status colours; text is stored as
/// inline strings, never formulas. The sheet of the view's <see cref="CompareBy"/> opens first.
/// </summary>
public sealed class XlsxComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        SheetBuilder?[] all =
        [
            QuestionMatrixSheet.Build(view),
            TopicMatrixSheet.Build(view),
            AnswersSheet.Build(view),
            CommitmentsSheet.Build(view),
            SourcesSheet.Build(view),
            LegendSheet.Build(view),
        ];
        var sheets = all.OfType<SheetBuilder>().ToArray();
        var active = view.By == CompareBy.Topic ? 1 : 0;

        XlsxPackage.Write(sheets, active, output);
    }
}
