using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>Draws a reply as a Word document: styles, real list numbering, tables, running header and footer with page fields, columns.</summary>
internal static class DocxRenderer
{
    /// <summary>A4 width less 2.5 cm margins, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - (2 * 1418);

    public static byte[] Render(Reply reply)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main, reply.Page, LanguageTag(reply.Language));
            var numbering = new DocxNumbering();
            var body = new Body();
            var sections = new DocxSections(main, reply.Page);
            Paragraph? last = null;
            foreach (var block in reply.Blocks)
            {
                switch (block.Kind)
                {
                    case BlockKind.Columns:
                        // A continuous section break ends the single-column part on the last paragraph drawn.
                        var pPr = last!.ParagraphProperties ??= new ParagraphProperties();
                        pPr.Append(sections.FirstSection(columns: 1));
                        break;
                    case BlockKind.PageBreak:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case BlockKind.Table:
                        body.Append(Table(block));
                        body.Append(last = new Paragraph());
                        break;
                    default:
                        body.Append(last = Paragraph(block, numbering));
                        break;
                }
            }

            body.Append(sections.LastSection(reply.Blocks.Any(b => b.Kind == BlockKind.Columns) ? reply.Page.Columns : 1));
            if (numbering.IsUsed)
            {
                numbering.AddTo(main);
            }

            main.Document = new Document(body);
            SetProperties(document, reply);
        }

        return PackageNormaliser.FixTimestamps(stream.ToArray(), reply.Date);
    }

    private static Paragraph Paragraph(ReplyBlock block, DocxNumbering numbering)
    {
        var properties = new ParagraphProperties();
        switch (block.Kind)
        {
            case BlockKind.Heading:
                properties.Append(new ParagraphStyleId { Val = DocxStyles.Heading });
                break;
            case BlockKind.ListItem:
                properties.Append(
                    new ParagraphStyleId { Val = DocxStyles.ListParagraph },
                    new NumberingProperties(
                        new NumberingLevelReference { Val = block.Level },
                        new NumberingId { Val = numbering.InstanceFor(block.ListFormat, block.Restart) }));
                break;
            case BlockKind.Letterhead or BlockKind.Letter:
                properties.Append(new SpacingBetweenLines { After = "0" });
                break;
        }

        if (block.Align != "left")
        {
            properties.Append(new Justification { Val = Alignment(block.Align) });
        }

        var paragraph = new Paragraph(properties);
        if (block.RunIn is { } runIn)
        {
            paragraph.Append(Run(runIn + " ", block with { Bold = true }));
        }

        paragraph.Append(Run(block.Text, block));
        return paragraph;
    }

    private static Run Run(string text, ReplyBlock format)
    {
        var properties = new RunProperties();
        if (format.Bold)
        {
            properties.Append(new Bold());
        }

        if (format.Italic)
        {
            properties.Append(new Italic());
        }

        if (format.Size is { } size)
        {
            properties.Append(new FontSize { Val = DocxStyles.HalfPoints(size) });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(ReplyBlock block)
    {
        var first = TextWidth * block.FirstColumnPercent / 100;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableGrid },
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(first) }, new GridColumn { Width = Twips(TextWidth - first) }));
        foreach (var row in block.Rows)
        {
            var cellFormat = new ReplyBlock(BlockKind.Paragraph, string.Empty, block.Note) { Bold = row.IsHeader };
            table.Append(new TableRow(
                Cell(first, [row.Left], cellFormat with { Bold = row.IsHeader || row.LeftKind == "table_label" }),
                Cell(TextWidth - first, row.Answer, cellFormat)));
        }

        return table;
    }

    private static TableCell Cell(int width, IEnumerable<string> paragraphs, ReplyBlock format)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.Select(p => new Paragraph(Run(p, format))));
        return cell;
    }

    /// <summary>Core properties written as Word writes them (docProps/core.xml), with the letter's date.</summary>
    private static void SetProperties(WordprocessingDocument document, Reply reply)
    {
        var date = reply.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:30:00Z";
        var author = System.Security.SecurityElement.Escape(reply.Author);
        var title = System.Security.SecurityElement.Escape($"Response to BHRRC questionnaire - {reply.Company}");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified></cp:coreProperties>
            """;
        using var stream = document.AddCoreFilePropertiesPart().GetStream(FileMode.Create);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(xml));
    }

    private static JustificationValues Alignment(string align) => align switch
    {
        "right" => JustificationValues.Right,
        "center" => JustificationValues.Center,
        "both" => JustificationValues.Both,
        _ => throw new InvalidDataException($"unknown alignment '{align}' (left, right, center, both)"),
    };

    private static string LanguageTag(string language) => language switch
    {
        "fr" => "fr-FR",
        "de" => "de-DE",
        _ => "en-GB",
    };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
