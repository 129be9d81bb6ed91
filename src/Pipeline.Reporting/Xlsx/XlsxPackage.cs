using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Reporting.Xlsx;

/// <summary>Writes sheets as one workbook with the project's styles, the sheet at <c>active</c> opening first.</summary>
internal static class XlsxPackage
{
    public static void Write(IReadOnlyList<SheetBuilder> sheets, int active, Stream output)
    {
        // The package writer needs a seekable stream; stdout is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = (uint)active }), new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            for (var i = 0; i < sheets.Count; i++)
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
