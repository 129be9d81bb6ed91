using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class PdfReadingOrderTests
{
    [Fact]
    public void TwoColumns_AreReadColumnByColumn_WithParagraphsIntact()
    {
        // Given a title over two columns of two paragraphs each
        using var pdf = new PdfFixture().Page()
            .Text(50, 780, "Reply to the questionnaire", size: 16)
            .Lines(50, 740, "Left one first line of text", "left one second line of text", "left one ends here.")
            .Lines(50, 690, "Left two begins with this", "and ends on this line.")
            .Lines(320, 740, "Right one first line of text", "right one ends here.")
            .Lines(320, 700, "Right two is one line.");

        // When
        var document = pdf.Extract();

        // Then
        Assert.Equal(
            [
                "Reply to the questionnaire",
                "Left one first line of text left one second line of text left one ends here.",
                "Left two begins with this and ends on this line.",
                "Right one first line of text right one ends here.",
                "Right two is one line.",
            ],
            document.Body.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
    }

    [Fact]
    public void LetterLinesAtOnePitch_EndTheirParagraphs_WhereTheNextWordWouldHaveFit()
    {
        // Given a date, a greeting, two paragraphs and a closing printed at one line pitch, with no gap between them
        using var pdf = new PdfFixture().Page()
            .Lines(
                50,
                760,
                "Limassol, 11 August 2022",
                "Dear Sir or Madam,",
                "Our company develops software that helps network operators plan the capacity of the",
                "networks they run and detect fraud; we do not offer surveillance products and have no",
                "government clients in the region.",
                "Our customers are telecommunications operators, two of which are in the region, and",
                "our licence terms forbid the use of the software for the interception of calls or data.",
                "Yours faithfully,");

        // When
        var document = pdf.Extract();

        // Then a short line followed by a full one ends its paragraph, the wrapped lines of a paragraph stay together,
        // and a short line after a short one is not told apart (the date and greeting, the last line and the closing)
        Assert.Equal(
            [
                "Limassol, 11 August 2022 Dear Sir or Madam,",
                "Our company develops software that helps network operators plan the capacity of the networks they run and detect fraud; we do not offer surveillance products and have no government clients in the region.",
                "Our customers are telecommunications operators, two of which are in the region, and our licence terms forbid the use of the software for the interception of calls or data. Yours faithfully,",
            ],
            document.Body.Select(b => b.Text));
    }

    [Fact]
    public void TwoColumns_DrawnInScrambledOrder_AreStillReadColumnByColumn()
    {
        // Given the paragraphs of two columns drawn bottom-up, right column first
        using var pdf = new PdfFixture().Page()
            .Lines(320, 660, "Right three.")
            .Lines(50, 660, "Left three.")
            .Lines(320, 700, "Right two.")
            .Lines(50, 700, "Left two.")
            .Lines(320, 740, "Right one.")
            .Lines(50, 740, "Left one.");

        // When
        var document = pdf.Extract();

        // Then
        Assert.Equal(["Left one.", "Left two.", "Left three.", "Right one.", "Right two.", "Right three."], document.Body.Select(b => b.Text));
    }

    [Fact]
    public void AddressBlocksSideBySide_DrawnLineByLine_StayTwoBlocks()
    {
        // Given the recipient on the left and the sender on the right, printed across the page line by line
        using var pdf = new PdfFixture().Page();
        string[] left = ["Ms Jane Doe", "Business and Human Rights Centre", "London EC1V 9HH"];
        string[] right = ["ACME Security Ltd", "1 Main Street", "Springfield"];
        for (var i = 0; i < 3; i++)
        {
            pdf.Text(50, 760 - (12 * i), left[i]).Text(380, 760 - (12 * i), right[i]);
        }

        pdf.Lines(50, 700, "Dear Ms Doe,");

        // When
        var document = pdf.Extract();

        // Then
        Assert.Equal(
            ["Ms Jane Doe Business and Human Rights Centre London EC1V 9HH", "ACME Security Ltd 1 Main Street Springfield", "Dear Ms Doe,"],
            document.Body.Select(b => b.Text));
    }

    [Fact]
    public void QuestionAnswerTable_KeepsEachRowTogether()
    {
        // Given a two-column table drawn cell by cell, answers longer than questions
        using var pdf = new PdfFixture().Page()
            .Lines(50, 760, "1a. Which products do you", "sell to the region?")
            .Lines(250, 760, "We sell border surveillance radars", "to two governments in the region,", "under export licences.")
            .Lines(50, 716, "1b. Do you conduct human", "rights due diligence?")
            .Lines(250, 716, "Yes, before every sale we assess", "the end-user.")
            .Lines(50, 684, "2a. Is there a grievance", "mechanism?")
            .Lines(250, 684, "Not yet.");

        // When
        var document = pdf.Extract();

        // Then
        Assert.Equal(
            [
                "1a. Which products do you sell to the region?",
                "We sell border surveillance radars to two governments in the region, under export licences.",
                "1b. Do you conduct human rights due diligence?",
                "Yes, before every sale we assess the end-user.",
                "2a. Is there a grievance mechanism?",
                "Not yet.",
            ],
            document.Body.Select(b => b.DisplayText));
    }

    [Fact]
    public void BulletList_EachItemIsABlock_WithItsLabel()
    {
        // Given three bullet items without space between them, the second wrapping onto a second line
        using var pdf = new PdfFixture().Page()
            .Lines(50, 760, "Our policy covers:")
            .Lines(50, 740, "- export controls;", "- a grievance mechanism open", "  to affected people;", "- training.");

        // When
        var document = pdf.Extract();

        // Then
        var items = document.Body.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["export controls;", "a grievance mechanism open to affected people;", "training."], items.Select(b => b.Text));
        Assert.All(items, b => Assert.Equal("-", b.ListLabel));
    }

    [Fact]
    public void Block_HasPageAndBoundingBox()
    {
        // Given
        using var pdf = new PdfFixture().Page().Lines(100, 500, "Boxed text.");

        // When
        var block = Assert.Single(pdf.Extract().Blocks);

        // Then
        Assert.Equal(1, block.Page);
        var box = Assert.NotNull(block.Box);
        Assert.InRange(box.X0, 99, 101);
        Assert.InRange(box.Y0, 495, 500);
        Assert.InRange(box.Y1, 505, 510);
        Assert.InRange(box.X1, 140, 170);
    }
}
