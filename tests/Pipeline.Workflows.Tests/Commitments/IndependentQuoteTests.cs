namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>The verbatim-quote guarantee on replies written by others (English, French, German, tables, prose).</summary>
public sealed class IndependentQuoteTests(IndependentDevLedgerFixture dev) : IClassFixture<IndependentDevLedgerFixture>
{
    [Fact]
    public void EveryQuote_IsAVerbatimSubstringOfItsReplysExtractedText()
    {
        QuoteCheck.AssertVerbatim(dev.Index, dev.Campaign.Id, expectedReplies: Directory.EnumerateFiles(dev.Replies).Count());
    }
}
