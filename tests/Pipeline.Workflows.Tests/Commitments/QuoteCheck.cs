using Pipeline.Extraction;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>Checks every ledger item of a campaign against the text extraction gives its reply file.</summary>
internal static class QuoteCheck
{
    public static void AssertVerbatim(string indexDirectory, string campaignId, int expectedReplies)
    {
        // Given every reply of the campaign as extraction reads it (and `pipeline extract` prints it: list labels included)
        using var index = SegmentIndex.Open(indexDirectory);
        var documents = index.ListDocuments(campaignId);
        Assert.Equal(expectedReplies, documents.Count);
        var extractor = DocumentExtractor.CreateDefault();
        var texts = documents.ToDictionary(
            d => d.DocumentId,
            d => string.Join("\n", extractor.ExtractFile(d.SourcePath).Document!.Blocks.Select(b => b.DisplayText)));

        // When the ledger is derived from the index
        var ledger = IndexedLedgers.Open(indexDirectory, campaignId).Ledger;

        // Then every quote is found exactly in its reply's text, and every reply has statements
        Assert.All(ledger.Items, item => Assert.Contains(item.Statement.Text, texts[item.DocumentId], StringComparison.Ordinal));
        Assert.All(documents, d => Assert.Contains(ledger.Items, i => i.DocumentId == d.DocumentId));
    }
}
