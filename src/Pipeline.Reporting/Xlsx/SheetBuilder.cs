using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Xlsx;

/// <summary>
/// Collects a sheet's rows (in a temporary file: <see cref="RowSpool"/>), then writes the worksheet with column widths,
/// frozen panes and an optional filter through <see cref="OpenXmlWriter"/>, one row at a time.
/// </summary>
internal sealed class SheetBuilder(string name, IReadOnlyList<double> widths) : IDisposable
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>Points per line of 11 pt text, and Excel's tallest row.</summary>
    private const double LineHeight = 15, MaxRowHeight = 409;

    private readonly RowSpool _spool = new();
    private int _columns;

    public string Name { get; } = name;

    /// <summary>Rows (from the top) and columns (from the left) that stay in view when scrolling.</summary>
    public (int Rows, int Columns) Frozen { get; init; } = (1, 0);

    public bool Filter { get; init; }

    public void Header(params IEnumerable<string> titles) => Row(titles.Select(t => XlsxCell.Of(t, XlsxStyles.Header)));

    public void Row(params IEnumerable<XlsxCell> cells)
    {
        var row = cells.ToArray();
        _spool.Add(row);
        _columns = Math.Max(_columns, row.Length);
    }

    /// <summary>Rows added from now on belong to <paramref name="key"/>'s group, which <see cref="Write"/> can put in another order.</summary>
    public void Group(object? key) => _spool.Group(key);

    /// <summary>Writes the worksheet as one part: its rows in the order added, or (given <paramref name="groups"/>) the rows before the first group, then the groups in that order.</summary>
    public void Write(Stream part, bool selected, IEnumerable<object?>? groups = null)
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

        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        uint written = 0;
        foreach (var cells in _spool.Read(groups))
        {
            writer.WriteElement(Create(cells, ++written));
        }

        writer.WriteEndElement();
        if (Filter && _columns > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(_columns - 1)}{written}" });
        }

        writer.WriteEndElement();
    }

    public void Dispose() => _spool.Dispose();

    private Row Create(XlsxCell[] cells, uint rowIndex)
    {
        var row = new Row { RowIndex = rowIndex };
        var lines = 1;
        for (var column = 0; column < cells.Length; column++)
        {
            lines = Math.Max(lines, Lines(cells[column].Text, column < widths.Count ? widths[column] : 10));
            row.Append(Create(cells[column], $"{ColumnName(column)}{rowIndex}"));
        }

        // Neither Excel nor LibreOffice sizes rows of wrapped text on opening a generated file, so the height is set here.
        if (lines > 1)
        {
            row.Height = Math.Min(MaxRowHeight, (lines * LineHeight) + 3);
            row.CustomHeight = true;
        }

        return row;
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
