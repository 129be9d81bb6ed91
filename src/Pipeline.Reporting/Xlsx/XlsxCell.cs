namespace Pipeline.Reporting.Xlsx;

/// <summary>A cell's value and style before it becomes OpenXml: text, or a number when <see cref="Number"/> is set.</summary>
internal readonly record struct XlsxCell(string Text, double? Number, uint Style)
{
    public static XlsxCell Of(string text, uint style = XlsxStyles.Wrapped) => new(text, null, style);

    public static XlsxCell Of(double number, uint style = XlsxStyles.Wrapped) => new(string.Empty, number, style);
}
