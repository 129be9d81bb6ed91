using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Text;

/// <summary>
/// Rejoins a paragraph that a page break cut in two: the last body block of one page and the first of the next are one
/// paragraph when the first stops mid-sentence (no closing punctuation) and the second starts in lower case. Cautious on
/// purpose: a heading, list item, table cell, OCR text or right-to-left text is never joined, and a sentence that ends
/// at the foot of the page stays its own paragraph.
/// </summary>
internal static class PageBreakJoin
{
    private const string SentenceEnds = ".!?:;…\"”»)]";

    /// <summary>Whether <paramref name="next"/>, first on page <paramref name="page"/>, continues <paramref name="last"/>.</summary>
    public static bool Continues(Block last, Block next, int page) =>
        last.Page == page - 1
        && last.ContinuedOnPage == 0
        && IsPlainParagraph(last)
        && IsPlainParagraph(next)
        && last.Text.Length > 0 && !SentenceEnds.Contains(last.Text[^1], StringComparison.Ordinal)
        && next.Text.Length > 0 && char.IsLower(next.Text[0]);

    /// <summary>The two parts as one block, placed where the first part is, knowing the page it continues on.</summary>
    public static Block Join(Block last, Block next, Vocabulary vocabulary) =>
        last with
        {
            Text = LineJoiner.Join([last.Text, next.Text], rightToLeft: false, vocabulary),
            ContinuedOnPage = next.Page,
        };

    private static bool IsPlainParagraph(Block block) =>
        block.Kind == BlockKind.Paragraph && block.ListLabel is null && !block.IsOcr && !block.IsRightToLeft;
}
