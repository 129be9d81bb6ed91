using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class PdfTextTests
{
    [Fact]
    public void EndOfLineHyphenation_IsUndone_ButRealCompoundsKeepTheirHyphen()
    {
        // Given "compli-/ance" (a split word), "end-/use" where the document also writes "end-use",
        // and "Anti-/Corruption" (capital after the hyphen)
        using var pdf = new PdfFixture().Page()
            .Lines(50, 760, "Our compli-", "ance team checks every end-", "use certificate and the end-use statement under the Anti-", "Corruption policy.");

        // When
        var block = Assert.Single(pdf.Extract().Blocks);

        // Then
        Assert.Equal("Our compliance team checks every end-use certificate and the end-use statement under the Anti-Corruption policy.", block.Text);
    }

    [Fact]
    public void BoldRunIn_IsRecorded()
    {
        // Given a paragraph starting with a bold question marker
        using var pdf = new PdfFixture().Page()
            .RunIn(50, 760, "Question 2(b):", " We consult affected communities before each sale.");

        // When
        var block = Assert.Single(pdf.Extract().Blocks);

        // Then
        Assert.Equal("Question 2(b):", block.RunIn);
        Assert.Equal("Question 2(b): We consult affected communities before each sale.", block.Text);
        Assert.Equal(BlockKind.Paragraph, block.Kind);
    }

    [Fact]
    public void BoldLine_OfBodySize_IsALevelThreeHeading()
    {
        // Given
        using var pdf = new PdfFixture().Page()
            .Text(50, 760, "Human rights due diligence", bold: true)
            .Lines(50, 730, "We assess every customer before a sale.");

        // When
        var blocks = pdf.Extract().Blocks;

        // Then
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.Equal(3, blocks[0].HeadingLevel);
        Assert.Equal("Human rights due diligence", blocks[0].RunIn);
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
        Assert.Null(blocks[1].RunIn);
    }
}
