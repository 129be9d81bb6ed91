using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationsAndGermanDates_DoNotEndSentences()
    {
        // Given a passage with "e.g.", "Art.", a German ordinal date and a list label
        const string passage = "1. We sell cameras, e.g. thermal ones, under Art. 5 of the Regulation. Wir werden bis zum 31. Dezember 2023 berichten. Thank you.";

        // When it is split
        var sentences = SentenceSplitter.Split(passage).Select(s => s.Of(passage)).ToList();

        // Then only the three real boundaries split it
        Assert.Equal(
            ["1. We sell cameras, e.g. thermal ones, under Art. 5 of the Regulation.", "Wir werden bis zum 31. Dezember 2023 berichten.", "Thank you."],
            sentences);
    }

    [Fact]
    public void Split_LineBreaksAndClosingQuotes_AreBoundaries_AndSpansAreVerbatim()
    {
        const string passage = "We said \"no.\" Then we left.\nNext line without stop";

        var spans = SentenceSplitter.Split(passage);

        Assert.Equal(["We said \"no.\"", "Then we left.", "Next line without stop"], spans.Select(s => s.Of(passage)));
        Assert.All(spans, s => Assert.Equal(passage.Substring(s.Start, s.Length), s.Of(passage)));
    }

    [Fact]
    public void Split_LowerCaseAfterStop_IsNotABoundary()
    {
        const string passage = "Approx. five units were sold to Ltd. companies in the region.";

        Assert.Single(SentenceSplitter.Split(passage));
    }
}
