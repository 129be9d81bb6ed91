using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Xlsx;

/// <summary>Collects a sheet's rows, then builds the worksheet with column widths, frozen panes and an optional filter.</summary>
internal sealed class SheetBuilder(string name, IReadOnlyList<double> widths)
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>Points per line of 11 pt text, and Excel's tallest row.</summary>
    private const double LineHeight = 15, MaxRowHeight = 409;

    private readonly SheetData _data = new();
    private int _columns;

    // Counted here: SheetData.ChildElements.Count walks every row so far, which made a sheet of n rows cost n² (issue 17).
    private uint _rows;

    public string Name { get; } = name;

    /// <summary>Rows (from the top) and columns (from the left) that stay in view when scrolling.</summary>
    public (int Rows, int Columns) Frozen { get; init; } = (1, 0);

    public bool Filter { get; init; }

    public void Header(params IEnumerable<string> titles) => Row(titles.Select(t => XlsxCell.Of(t, XlsxStyles.Header)));

    public void Row(params IEnumerable<XlsxCell> cells)
    {
        var rowIndex = ++_rows;
        var row = new Row { RowIndex = rowIndex };
        var column = 0;
        var lines = 1;
        foreach (var cell in cells)
        {
            lines = Math.Max(lines, Lines(cell.Text, column < widths.Count ? widths[column] : 10));
            row.Append(Create(cell, $"{ColumnName(column++)}{rowIndex}"));
        }

        // Neither Excel nor LibreOffice sizes rows of wrapped text on opening a generated file, so the height is set here.
        if (lines > 1)
        {
            row.Height = Math.Min(MaxRowHeight, (lines * LineHeight) + 3);
            row.CustomHeight = true;
        }

        _columns = Math.Max(_columns, column);
        _data.Append(row);
    }

    public Worksheet Build(bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        var (rows, columns) = Frozen;
        if (rows + columns > 0)
        {
            view.Append(new Pane
            {
                HorizontalSplit = columns > 0 ? columns : null,
                VerticalSplit = rows > 0 ? rows : null,
                TopLeftCell = $"{ColumnName(columns)}{rows + 1}",
                ActivePane = columns > 0 && rows > 0 ? PaneValues.BottomRight : rows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight,
                State = PaneStateValues.Frozen,
            });
        }

        var worksheet = new Worksheet(
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            _data);
        if (Filter && _columns > 0)
        {
            worksheet.Append(new AutoFilter { Reference = $"A1:{ColumnName(_columns - 1)}{_rows}" });
        }

        return worksheet;
    }

    /// <summary>An estimate of the wrapped lines of <paramref name="text"/> in a column <paramref name="width"/> characters wide.</summary>
    internal static int Lines(string text, double width)
    {
        // A width unit is one digit of the default font; running text averages a little narrower.
        var perLine = Math.Max(1, (int)(width * 1.1) - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / (double)perLine)));
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Cell Create(XlsxCell cell, string reference)
    {
        if (cell.Number is { } number)
        {
            return new Cell { CellReference = reference, StyleIndex = cell.Style, DataType = CellValues.Number, CellValue = new CellValue(number) };
        }

        var text = XmlText.Clean(cell.Text);
        if (text.Length > MaxCellText)
        {
            text = Excerpt.Shorten(text, MaxCellText);
        }

        return new Cell
        {
            CellReference = reference,
            StyleIndex = cell.Style,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }
}
