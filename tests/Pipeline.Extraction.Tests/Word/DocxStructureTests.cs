using Pipeline.Core.Documents;
using Pipeline.Extraction.Tests.Fixtures;
using static Pipeline.Extraction.Tests.Fixtures.W;

namespace Pipeline.Extraction.Tests.Word;

public sealed class DocxStructureTests
{
    [Fact]
    public void Headings_FromStyleChainAndOutlineLevel_CarryTheirLevel()
    {
        // Given a custom style based on "heading 2" (no outline level of its own), an explicit outline level, and body text
        var fixture = new DocxFixture
        {
            Styles = ParagraphStyle("Normal", "Normal") + ParagraphStyle("Heading2", "heading 2", "Normal") + ParagraphStyle("ReplyHeading", "Reply Heading", "Heading2"),
            Body = Styled("ReplyHeading", "Our approach") + Para("Outline three", "<w:outlineLvl w:val=\"2\"/>") + Styled("Normal", "Body text."),
        };

        // When
        var blocks = Extract.Docx(fixture).Body.ToList();

        // Then
        Assert.Equal([BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal([2, 3, 0], blocks.Select(b => b.HeadingLevel));
    }

    [Fact]
    public void Tables_QuestionAnswerTableWithNestedTable_YieldCellsInReadingOrder()
    {
        // Given a question | answer table whose second answer holds a nested table between two paragraphs
        var nested = Para("Our suppliers:") + Table(["Supplier", "Country"], ["Acme", "France"]) + Para("Both audited.");
        var fixture = new DocxFixture
        {
            Body = Para("Replies below.") + Table(["Question", "Answer"], ["1. Do you sell to governments?", "No."], ["2. Who are your suppliers?", nested]) + Para("Regards"),
        };

        // When
        var blocks = Extract.Docx(fixture).Body.ToList();

        // Then
        Assert.Equal(
            ["Replies below.", "Question", "Answer", "1. Do you sell to governments?", "No.", "2. Who are your suppliers?", "Our suppliers:", "Supplier", "Country", "Acme", "France", "Both audited.", "Regards"],
            blocks.Select(b => b.Text));
        Assert.Equal(
            [null, (0, 0, 0, 0), (0, 0, 1, 0), (0, 1, 0, 0), (0, 1, 1, 0), (0, 2, 0, 0), (0, 2, 1, 0), (1, 0, 0, 1), (1, 0, 1, 1), (1, 1, 0, 1), (1, 1, 1, 1), (0, 2, 1, 0), null],
            blocks.Select(b => b.Cell is { } c ? (c.Table, c.Row, c.Column, c.Depth) : ((int, int, int, int)?)null));
        Assert.Equal(Enumerable.Range(1, 13), blocks.Select(b => b.Ordinal));
    }

    [Fact]
    public void Tables_MergedCells_UseGridColumnsAndSkipContinuations()
    {
        // Given a row spanning two grid columns, and a vertically merged cell continued in the next row
        var body = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + Para("Wide") + "</w:tc>" + Cell("Right") + "</w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Para("Tall") + "</w:tc>" + Cell("B") + Cell("C") + "</w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + Cell("E") + Cell("F") + "</w:tr></w:tbl>";

        // When
        var cells = Extract.Docx(new DocxFixture { Body = body }).Body.Select(b => $"{b.Text}@{b.Cell!.Row},{b.Cell.Column}");

        // Then
        Assert.Equal(["Wide@0,0", "Right@0,2", "Tall@1,0", "B@1,1", "C@1,2", "E@2,1", "F@2,2"], cells);
    }

    [Fact]
    public void HeadersAndFooters_AreKeptOutOfTheBody()
    {
        // Given a letterhead in the page header and a page-number field in the footer
        var fixture = new DocxFixture
        {
            Header = Para("ACME Defence Ltd — Group Legal"),
            Footer = P(R("Page ") + "<w:fldSimple w:instr=\" PAGE \">" + R("1") + "</w:fldSimple>"),
            Body = Para("Dear Sir or Madam,"),
        };

        // When
        var document = Extract.Docx(fixture);

        // Then
        Assert.Equal(["Dear Sir or Madam,"], document.Body.Select(b => b.Text));
        Assert.Equal(
            [(BlockKind.Header, "ACME Defence Ltd — Group Legal"), (BlockKind.Footer, "Page 1")],
            document.Blocks.Where(b => !b.IsBody).Select(b => (b.Kind, b.Text)));
        Assert.Equal("ACME Defence Ltd — Group Legal", document.Metadata["header"]);
        Assert.Equal("Page 1", document.Metadata["footer"]);
        Assert.Equal(PositionUnit.ParagraphOrdinal, document.Positions);
        Assert.All(document.Blocks, b => Assert.Equal(0, b.Page));
    }

    [Fact]
    public void Notes_FootnotesAndEndnotes_AttachToTheCitingParagraph()
    {
        // Given a paragraph citing a footnote then an endnote, with the usual separator notes present
        var fixture = new DocxFixture
        {
            Footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + R(" See our 2021 policy.") + "</w:p></w:footnote>",
            Endnotes = "<w:endnote w:id=\"1\">" + Para("Available on request.") + "</w:endnote>",
            Body = P(R("We audit suppliers.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + R(" Annually.") + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>") + Para("No notes here."),
        };

        // When
        var blocks = Extract.Docx(fixture).Body.ToList();

        // Then
        Assert.Equal("We audit suppliers. Annually.", blocks[0].Text);
        Assert.Equal(["See our 2021 policy.", "Available on request."], blocks[0].Notes.ToArray());
        Assert.Empty(blocks[1].Notes);
    }

    [Fact]
    public void TrackedChanges_ReadAsFinalText()
    {
        // Given an insertion, a deletion, and a move (from/to)
        var body = P(R("We ") + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>never </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"x\">" + R("always ") + "</w:ins>" + R("screen clients.")
            + "<w:moveFrom w:id=\"3\" w:author=\"x\">" + R(" Old place.") + "</w:moveFrom>")
            + P("<w:moveTo w:id=\"4\" w:author=\"x\">" + R("Old place.") + "</w:moveTo>");

        // When / Then
        Assert.Equal(["We always screen clients.", "Old place."], Extract.Lines(Extract.Docx(new DocxFixture { Body = body })));
    }

    [Fact]
    public void Fields_ShowTheirDisplayedResultOnly()
    {
        // Given a complex field with a nested field in its instructions, a field without a separator, and a simple field
        var begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
        var separate = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        var end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var instruction = "<w:r><w:instrText xml:space=\"preserve\"> REF q2 \\h </w:instrText></w:r>";
        var body = P(R("See ") + begin + instruction + begin + "<w:r><w:instrText> PAGE </w:instrText></w:r>" + separate + R("9") + end + separate + R("question 2(b)") + end + R(" above."))
            + P(R("Box: ") + begin + "<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>" + end + R("done"))
            + P("<w:fldSimple w:instr=\" DATE \">" + R("1 March 2022") + "</w:fldSimple>");

        // When / Then
        Assert.Equal(["See question 2(b) above.", "Box: done", "1 March 2022"], Extract.Lines(Extract.Docx(new DocxFixture { Body = body })));
    }

    [Fact]
    public void RunIns_LeadingBoldFromDirectOrStyleFormatting_AreRecorded()
    {
        // Given a direct bold run-in, a bold character style, a paragraph style that is bold throughout, and plain text
        var fixture = new DocxFixture
        {
            Styles = ParagraphStyle("Normal", "Normal") + ParagraphStyle("BoldPara", "Bold Para", "Normal", runProperties: "<w:b/>")
                + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>",
            Body = P(B("Question 2(b):") + R(" We do not.")) + P(R("Answer 3", "<w:rStyle w:val=\"Strong\"/>") + R(" ") + R("— confidential.", "<w:b w:val=\"0\"/>"))
                + P(R("Whole bold line"), "<w:pStyle w:val=\"BoldPara\"/>") + P(R("Plain ") + B("bold later")),
        };

        // When
        var runIns = Extract.Docx(fixture).Body.Select(b => b.RunIn);

        // Then
        Assert.Equal(["Question 2(b):", "Answer 3", "Whole bold line", null], runIns);
    }

    [Fact]
    public void Characters_SoftHyphensNbspSymbolsTabsAndBreaks_AreNormalised()
    {
        // Given a soft hyphen (character and element), no-break spaces, a no-break hyphen, a Symbol bullet, a tab and a line break
        var body = P(R("due\u00ADdiligence ") + "<w:r><w:t>re</w:t><w:softHyphen/><w:t>view</w:t></w:r>" + R("\u00A0of\u202Fexports ")
            + "<w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>operation</w:t><w:tab/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> item</w:t><w:br/><w:t>next line</w:t></w:r>");

        // When / Then
        Assert.Equal("duediligence review of exports co-operation • item\nnext line", Extract.Docx(new DocxFixture { Body = body }).Body.Single().Text);
    }

    [Fact]
    public void RightToLeft_BidiParagraph_KeepsLogicalOrderAndIsFlagged()
    {
        // Given an Arabic paragraph marked w:bidi, and an English one
        var fixture = new DocxFixture { Body = Para("نحن نحترم حقوق الإنسان", "<w:bidi/>") + Para("We respect human rights") };

        // When
        var blocks = Extract.Docx(fixture).Body.ToList();

        // Then
        Assert.Equal("نحن نحترم حقوق الإنسان", blocks[0].Text);
        Assert.True(blocks[0].IsRightToLeft);
        Assert.False(blocks[1].IsRightToLeft);
    }

    [Fact]
    public void ContentControlsTextBoxesAndHiddenText_AreReadAsWordShowsThem()
    {
        // Given a filled content control, one still showing its placeholder, hidden text, caps, and a text box (Word 2010 markup with a VML fallback)
        var textBox = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent>"
            + Para("In the box") + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + Para("In the box") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        var body = "<w:sdt><w:sdtPr/><w:sdtContent>" + Para("Filled answer") + "</w:sdtContent></w:sdt>"
            + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + Para("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>"
            + P(R("Visible") + R(" secret", "<w:vanish/>") + R(" text", "<w:caps/>"))
            + P(R("Anchor") + textBox);

        // When / Then
        Assert.Equal(["Filled answer", "Visible TEXT", "Anchor", "In the box"], Extract.Lines(Extract.Docx(new DocxFixture { Body = body })));
    }

    [Fact]
    public void Tables_NumberedParagraphsInCells_KeepTheirLabels()
    {
        // Given a question | answer table whose question cells are auto-numbered, and a cell holding a numbered list
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(1, Level(0, "decimal", "%1."), Level(1, "lowerLetter", "(%2)")) + Num(1, 1),
            Body = Table([Item(1, 0, "Do you export?"), "Yes."], [Item(1, 1, "To whom?"), Para("Mainly:") + Item(1, 1, "police") + Item(1, 1, "border agencies")]),
        };

        // When
        var blocks = Extract.Docx(fixture).Body.ToList();

        // Then
        Assert.Equal(["1. Do you export?", "Yes.", "(a) To whom?", "Mainly:\n(b) police\n(c) border agencies"], blocks.Select(b => b.DisplayText));
        Assert.Equal(BlockKind.TableCell, blocks[2].Kind);
        Assert.Equal(1, blocks[2].ListLevel);
    }
}
