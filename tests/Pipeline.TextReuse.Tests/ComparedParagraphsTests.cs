namespace Pipeline.TextReuse.Tests;

public sealed class ComparedParagraphsTests
{
    [Fact]
    public void Split_TableCellWithTwoParagraphs_IsTwoParagraphs()
    {
        // Given a Word table cell: two paragraphs joined by a single line break
        var cell = "Our software stores no personal data by default.\nWe also train border officers on the correct use of the readers.";

        // Then
        Assert.Equal(["Our software stores no personal data by default.", "We also train border officers on the correct use of the readers."], ComparedParagraphs.Split(cell));
    }

    [Fact]
    public void Split_ParagraphCutByAPageBreak_IsJoinedAgain()
    {
        // Given a paragraph extracted as two, cut mid-sentence at the bottom of a page
        var text = "Residents can raise complaints through the feedback boxes and hotline, which are run by the humanitarian\n\norganisation and forwarded to us.";

        // Then
        Assert.Equal(["Residents can raise complaints through the feedback boxes and hotline, which are run by the humanitarian organisation and forwarded to us."], ComparedParagraphs.Split(text));
    }

    [Fact]
    public void Split_ListItems_StayApart()
    {
        // Given a lead-in ending with a colon and items ending with semicolons, each item starting in lower case
        var text = "Our main measures are:\n\nprivacy by design in every product;\n\ncontract clauses that restrict the purpose of processing.";

        // Then
        Assert.Equal(3, ComparedParagraphs.Split(text).Count);
    }
}
