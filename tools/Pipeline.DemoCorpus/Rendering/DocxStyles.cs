using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>The styles part: the page's font as the document default, plus the few named styles Word letters use.</summary>
internal static class DocxStyles
{
    public const string Heading = "Heading2";
    public const string ListParagraph = "ListParagraph";
    public const string TableGrid = "TableGrid";
    public const string HeaderStyle = "Header";
    public const string FooterStyle = "Footer";

    public static void Add(MainDocumentPart main, PageSetup page, string language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = page.Font, HighAnsi = page.Font, ComplexScript = page.Font, EastAsia = page.Font },
                    new FontSize { Val = HalfPoints(page.Size) },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = HalfPoints(page.Size + 1) }))
            { Type = StyleValues.Paragraph, StyleId = Heading },
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing()))
            { Type = StyleValues.Paragraph, StyleId = ListParagraph },
            new Style(
                new StyleName { Val = "header" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(new FontSize { Val = HalfPoints(page.Size - 2) }))
            { Type = StyleValues.Paragraph, StyleId = HeaderStyle },
            new Style(
                new StyleName { Val = "footer" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new FontSize { Val = HalfPoints(page.Size - 2.5) }))
            { Type = StyleValues.Paragraph, StyleId = FooterStyle },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableGrid });
    }

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
