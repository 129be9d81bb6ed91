using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"Sources": every reply document cited, with the pages the excerpts come from.</summary>
internal static class SourcesSheet
{
    public const string Name = "Sources";

    public static SheetBuilder Build(ComparisonView view)
    {
        var sheet = new SheetBuilder(Name, [68, 40, 30, 20]) { Filter = true };
        sheet.Header("Document id", "File", "Company", "Pages cited");
        foreach (var source in ComparisonSource.Of(view))
        {
            sheet.Row(XlsxCell.Of(source.DocumentId), XlsxCell.Of(source.File), XlsxCell.Of(source.Company), XlsxCell.Of(string.Join(", ", source.Pages)));
        }

        return sheet;
    }
}
