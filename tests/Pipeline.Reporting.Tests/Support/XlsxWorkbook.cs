using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Reporting.Tests.Support;

/// <summary>Reads back a workbook the renderer wrote: sheet names, cell texts and style indexes.</summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public XlsxWorkbook(byte[] bytes) => _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    public SpreadsheetDocument Document => _document;

    public WorkbookPart Part => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => [.. Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name)
    {
        var sheet = Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Part.GetPartById(sheet.Id!)).Worksheet;
    }

    public (string Text, uint Style) Cell(string sheet, string reference)
    {
        var cell = Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);
        return (Text(cell), cell.StyleIndex?.Value ?? 0);
    }

    /// <summary>Each row's cell texts, in column order.</summary>
    public List<string[]> Rows(string sheet) =>
        [.. Sheet(sheet).Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToArray())];

    public void Dispose() => _document.Dispose();

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
