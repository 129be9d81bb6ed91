using Pipeline.Extraction;

namespace Pipeline.Campaigns.Tests.DemoCorpus;

/// <summary>
/// GOLD ↔ DOCUMENT CHECK (needs Pipeline.Extraction's PDF and DOCX extractors): each gold paragraph's text is found
/// in the body text extracted from its reply, so that the gold files can be trusted for segmentation evaluation.
/// Skipped while no extractor is registered. Verified at generation time with pdftotext and pandoc.
/// </summary>
public sealed class GoldMatchesDocumentTests
{
    [ExtractorsAvailableTheory]
    [MemberData(nameof(DemoReplies.Names), MemberType = typeof(DemoReplies))]
    public void EveryGoldParagraph_IsFoundInTheExtractedBody(string reply)
    {
        // Given
        var path = Path.Combine(DemoReplies.RepliesFolder, reply);
        var gold = GoldLine.ReadFile(DemoReplies.GoldFor(path));

        // When
        var result = DocumentExtractor.CreateDefault().ExtractFile(path);

        // Then
        Assert.True(result.Succeeded, result.Error?.ToString());
        var body = Normalise(string.Join(' ', result.Document!.Body.Select(b => b.DisplayText)));
        var missing = gold.Select(g => g.Text).Where(t => !Contains(body, t)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {gold.Count} gold paragraphs not in the extracted body of {reply}:\n" + string.Join('\n', missing));
    }

    /// <summary>
    /// Whitespace is collapsed; a compound split at a line end ("self-" / "service") may come back with or without its
    /// hyphen, so a second comparison ignores hyphens.
    /// </summary>
    private static bool Contains(string body, string text) =>
        body.Contains(Normalise(text), StringComparison.Ordinal)
        || body.Replace("-", string.Empty, StringComparison.Ordinal).Contains(Normalise(text).Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
