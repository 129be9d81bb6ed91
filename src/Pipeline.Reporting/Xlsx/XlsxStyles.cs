using DocumentFormat.OpenXml.Spreadsheet;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Xlsx;

/// <summary>The workbook's stylesheet and the indexes of its cell formats.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Wrapped = 2;
    public const uint Bold = 3;
    private const uint FirstStatus = 4;

    /// <summary>The fill, wrapped-text format of a status cell.</summary>
    public static uint Status(AnswerStatus status) => FirstStatus + (uint)StatusStyles.All.IndexOf(StatusStyles.For(status));

    public static Stylesheet Create()
    {
        // Fills 0 and 1 are reserved by the format (none, gray125); 2 is the header grey; then one per status.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFE9ECEF"));
        fills.Append(StatusStyles.All.Select(s => Solid(s.Argb)));

        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            Format(fontId: 1, fillId: 2),
            Format(fontId: 0, fillId: 0),
            Format(fontId: 1, fillId: 0));
        formats.Append(StatusStyles.All.Select((_, i) => Format(fontId: 0, fillId: 3 + (uint)i)));

        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            fills,
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats);
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint fontId, uint fillId) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
        {
            FontId = fontId,
            FillId = fillId,
            BorderId = 1,
            FormatId = 0,
            ApplyFont = true,
            ApplyFill = true,
            ApplyBorder = true,
            ApplyAlignment = true,
        };

    private static T Edge<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };
}
