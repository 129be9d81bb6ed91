using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
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

        // The package writer needs a seekable stream; stdout is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = (uint)active }), new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            for (var i = 0; i < sheets.Length; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheets[i].Build(selected: i == active);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i + 1, Name = sheets[i].Name });
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
