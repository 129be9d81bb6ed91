using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class PdfPageBreakTests
{
    [Fact]
    public void ParagraphCutByAPageBreak_IsOneBlock_KnowingBothPages()
    {
        // Given a letter whose paragraph runs from the foot of page 1 onto page 2, with a footer and a header between
        using var pdf = TwoPages(
            ["We screen every customer and intermediary against", "international sanctions lists and"],
            ["end-user undertakings before any delivery.", "Our policy is public."]);

        // When
        var body = pdf.Extract().Body.ToList();

        // Then the two parts are one paragraph on page 1 that continues on page 2 (the running header and footer between them stay out)
        Assert.Equal(
            [
                "We screen every customer and intermediary against international sanctions lists and end-user undertakings before any delivery. Our policy is public.",
            ],
            body.Select(b => b.Text));
        Assert.Equal((1, 2), (body[0].Page, body[0].ContinuedOnPage));
    }

    [Fact]
    public void WordHyphenatedAcrossThePageBreak_IsRejoined()
    {
        // Given "compli-" at the foot of page 1 and "ance" at the top of page 2
        using var pdf = TwoPages(["Our export compli-"], ["ance team reviews every order."]);

        // When
        var block = Assert.Single(pdf.Extract().Body);

        // Then
        Assert.Equal("Our export compliance team reviews every order.", block.Text);
    }

    [Theory]
    [InlineData("Our answer to question 2 ends here.", "since then we have added audits.", "a sentence that ends at the foot of the page")]
    [InlineData("Our answer to question 2 continues", "Since then we have added audits.", "a capital on the next page")]
    public void ParagraphsThatOnlyMeetAtAPageBreak_StaySeparate(string foot, string top, string why)
    {
        // Given
        using var pdf = TwoPages([foot], [top]);

        // When
        var body = pdf.Extract().Body.ToList();

        // Then
        Assert.True(body.Count == 2, why);
        Assert.All(body, b => Assert.Equal(0, b.ContinuedOnPage));
    }

    /// <summary>Two A4 pages with a running header and footer; page 1 ends with <paramref name="foot"/>, page 2 starts with <paramref name="top"/>.</summary>
    private static PdfFixture TwoPages(string[] foot, string[] top)
    {
        var pdf = new PdfFixture();
        foreach (var lines in new[] { foot, top })
        {
            pdf.Page()
                .Text(50, 810, "Orvik Secure Communications AS")
                .Lines(50, lines == foot ? 120 : 760, lines)
                .Text(50, 30, "Registered in Norway");
        }

        return pdf;
    }
}
