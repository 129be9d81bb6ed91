using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class PdfRunningMatterTests
{
    private const string RunningHeader = "ACME Security Ltd - Reply to the 2022 outreach";

    [Fact]
    public void RepeatedHeaderFooterAndPageNumbers_AreKeptOutOfTheBody()
    {
        // Given
        using var pdf = ThreePageLetter();

        // When
        var document = pdf.Extract();

        // Then the body reads as the letter, the running matter is kept with its kind
        Assert.Equal(
            [
                "ACME Security Ltd, 1 Main Street, Springfield",
                "First page body text.",
                "Second page body text.",
                "Third page body text.",
                RunningHeader,
            ],
            document.Body.Select(b => b.Text));
        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.Header && b.Text == RunningHeader));
        Assert.Equal(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], document.Blocks.Where(b => b.Kind == BlockKind.PageNumber).Select(b => b.Text));
        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.Footer && b.Text == "Confidential"));
    }

    [Fact]
    public void RunningMatter_IsOrderedHeaderBodyFooterOnEachPage()
    {
        // Given
        using var pdf = ThreePageLetter();

        // When
        var page2 = pdf.Extract().Blocks.Where(b => b.Page == 2).Select(b => b.Kind).ToList();

        // Then
        Assert.Equal([BlockKind.Header, BlockKind.Paragraph, BlockKind.Footer, BlockKind.PageNumber], page2);
    }

    [Fact]
    public void SinglePageLetter_KeepsEverythingInTheBody()
    {
        // Given one page: nothing can repeat
        using var pdf = new PdfFixture().Page()
            .Text(50, 810, RunningHeader)
            .Lines(50, 700, "Body.")
            .Text(280, 30, "Page 1 of 1");

        // When
        var document = pdf.Extract();

        // Then
        Assert.All(document.Blocks, b => Assert.True(b.IsBody));
        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public void ContinuationHeader_OnTheOnlyLaterPage_IsKeptOutOfTheBody_ATopHeadingStays()
    {
        // Given a two-page letter whose first page differs: page 2 alone carries a small running header; a three-page
        // variant starts page 3 with a heading as large as the body
        using var pdf = new PdfFixture()
            .Page().Text(50, 790, "ACME Security Ltd", size: 16).Lines(50, 700, "First page body text.")
            .Page().Text(300, 810, RunningHeader, size: 8).Lines(50, 760, "the paragraph continues here.", "Second page body text.")
            .Page().Text(50, 790, "3. Future sales", bold: true).Lines(50, 760, "Third page body text.");

        // When
        var document = pdf.Extract();

        // Then
        var header = Assert.Single(document.Blocks, b => b.Text == RunningHeader);
        Assert.Equal(BlockKind.Header, header.Kind);
        Assert.Contains(document.Body, b => b.Text == "3. Future sales");
        Assert.Contains(document.Body, b => b.Text == "ACME Security Ltd");
    }

    // Header on every page, letterhead only on page 1 (in the header band, matching nothing), a page-number footer and a
    // confidentiality footer on every page, and a closing line on page 3 that reads like the header but sits mid-page.
    private static PdfFixture ThreePageLetter()
    {
        var pdf = new PdfFixture();
        string[] bodies = ["First page body text.", "Second page body text.", "Third page body text."];
        for (var page = 1; page <= 3; page++)
        {
            pdf.Page().Text(50, 810, RunningHeader);
            if (page == 1)
            {
                pdf.Text(50, 770, "ACME Security Ltd, 1 Main Street, Springfield");
            }

            pdf.Lines(50, 700, bodies[page - 1]);
            if (page == 3)
            {
                pdf.Text(50, 400, RunningHeader);
            }

            pdf.Text(50, 30, "Confidential").Text(480, 30, $"Page {page} of 3");
        }

        return pdf;
    }
}
