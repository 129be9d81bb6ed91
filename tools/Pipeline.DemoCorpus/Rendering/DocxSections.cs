using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>
/// Section properties: A4 page, running header and footer parts (the footer with PAGE and NUMPAGES fields), columns.
/// The first section carries the header and footer references; a later continuous section inherits them.
/// </summary>
internal sealed class DocxSections(MainDocumentPart main, PageSetup page)
{
    private bool _referencesWritten;

    public SectionProperties FirstSection(int columns) => Section(columns, continuous: false);

    public SectionProperties LastSection(int columns) => Section(columns, continuous: _referencesWritten);

    private SectionProperties Section(int columns, bool continuous)
    {
        var section = new SectionProperties();
        var firstPage = false;
        if (!_referencesWritten)
        {
            _referencesWritten = true;
            firstPage = AddReferences(section);
        }

        if (continuous)
        {
            section.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }

        section.Append(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1418, Right = 1418, Bottom = 1418, Left = 1418, Header = 709, Footer = 709, Gutter = 0 },
            new Columns { ColumnCount = (short)columns, Space = "567" });
        if (firstPage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    /// <summary>Adds header and footer references; true when the first page has its own (empty) header.</summary>
    private bool AddReferences(SectionProperties section)
    {
        if (page.Header is { } header)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader("rIdHeader", header) });
            if (page.FirstPageDifferent)
            {
                section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = AddHeader("rIdHeaderFirst", null) });
            }
        }

        if (page.Footer is not null || page.PageNumbers)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter("rIdFooter") });
            if (page.FirstPageDifferent && page.Header is not null)
            {
                section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = AddFooter("rIdFooterFirst") });
            }
        }

        return page.FirstPageDifferent && page.Header is not null;
    }

    private string AddHeader(string id, string? text)
    {
        var part = main.AddNewPart<HeaderPart>(id);
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.HeaderStyle }, new Justification { Val = JustificationValues.Right }));
        if (text is not null)
        {
            paragraph.Append(new Run(new Text(text)));
        }

        part.Header = new Header(paragraph);
        return id;
    }

    private string AddFooter(string id)
    {
        var footer = new Footer();
        if (page.Footer is { } text)
        {
            footer.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FooterStyle }), new Run(new Text(text))));
        }

        if (page.PageNumbers)
        {
            footer.Append(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FooterStyle }),
                new Run(new Text("Page ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" of ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
        }

        main.AddNewPart<FooterPart>(id).Footer = footer;
        return id;
    }
}
