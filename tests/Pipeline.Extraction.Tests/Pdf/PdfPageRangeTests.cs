using Pipeline.Core.Documents;
using Pipeline.Extraction.Pdf;

namespace Pipeline.Extraction.Tests.Pdf;

/// <summary>A long PDF reads extra page ranges only on cores no other file holds, with the same result either way.</summary>
public sealed class PdfPageRangeTests
{
    [Fact]
    public void CoreBudget_GivesOnlyFreeCores_AndTakesThemBack()
    {
        // Given two cores
        var budget = new CoreBudget(2);

        // When one file holds one and a long PDF asks for three more
        var file = budget.TakeUpTo(1);
        var ranges = budget.TakeUpTo(3);
        var none = budget.TakeUpTo(1);

        // Then it gets the one left, nothing remains, and returning them frees both
        Assert.Equal((1, 1, 0, 0), (file, ranges, none, budget.Free));
        budget.Return(ranges);
        budget.Return(file);
        Assert.Equal(2, budget.Free);
    }

    [Fact]
    public void LongPdf_NoFreeCore_ReadsInOneRange_WithTheSameBlocksAsInParallelRanges()
    {
        // Given a 40-page document (long enough to be split) and a budget with no free core, and one with two
        var bytes = FortyPages();
        var busy = new CoreBudget(0);
        var idle = new CoreBudget(2);

        // When each extracts it
        var alone = Read(bytes, busy);
        var split = Read(bytes, idle);

        // Then the blocks are the same, page for page, and the idle budget has its cores back
        Assert.Equal(40, alone.Pages);
        Assert.Equal(Describe(split), Describe(alone));
        Assert.Contains(alone.Blocks, b => b.Page == 40 && b.Text == "Answer on page 40 in a paragraph of its own.");
        Assert.Equal(2, idle.Free);
        Assert.Equal(0, busy.Free);
    }

    private static ExtractedDocument Read(byte[] bytes, CoreBudget cores) =>
        new PdfExtractor(cores).Extract(new ExtractionInput("long.pdf", bytes, SourceFormat.Pdf, "id"), ExtractionOptions.Default, CancellationToken.None);

    private static string[] Describe(ExtractedDocument document) => [.. document.Blocks.Select(b => $"{b.Page} {b.Kind} {b.Text}")];

    private static byte[] FortyPages()
    {
        using var pdf = new PdfFixture();
        for (var page = 1; page <= 40; page++)
        {
            pdf.Page().Lines(72, 700, $"Question {page}", "", $"Answer on page {page} in a paragraph of its own.");
        }

        return pdf.Build();
    }
}
