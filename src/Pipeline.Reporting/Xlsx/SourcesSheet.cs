using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"Sources": every reply document cited, with the pages the excerpts come from.</summary>
internal static class SourcesSheet
{
    public const string Name = "Sources";

    public static SheetBuilder Start()
    {
        var sheet = new SheetBuilder(Name, [68, 40, 30, 20]) { Filter = true };
        sheet.Header("Document id", "File", "Company", "Pages cited");
        return sheet;
    }

    public static void Add(SheetBuilder sheet, ComparisonView view, CompanyRows rows)
    {
        foreach (var source in ComparisonSource.Of(view, rows))
        {
            sheet.Row(XlsxCell.Of(source.DocumentId), XlsxCell.Of(source.File), XlsxCell.Of(source.Company), XlsxCell.Of(string.Join(", ", source.Pages)));
        }
    }
}
