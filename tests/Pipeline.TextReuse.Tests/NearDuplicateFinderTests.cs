namespace Pipeline.TextReuse.Tests;

public sealed class NearDuplicateFinderTests
{
    private const string Policy = "We assess the human rights risks of every sale of surveillance equipment to a government customer before we make an offer, and we refuse sales where there is a substantial risk that the equipment would be used to violate the rights of migrants or refugees.";

    [Fact]
    public void Find_LightlyEditedCopyAmongOtherPassages_IsThePairFound()
    {
        // Given a policy paragraph, a lightly edited, reflowed copy of it, and unrelated passages
        var copy = Policy.Replace("We assess", "Our company assesses", StringComparison.Ordinal).Replace("surveillance equipment", "surveil-\nlance equipment", StringComparison.Ordinal);
        string[] passages =
        [
            Policy,
            "Our grievance mechanism is open to anyone affected by our products, in eleven languages, and every report is reviewed by the ethics office within ten working days of its receipt.",
            copy,
            "We have delivered thermal cameras to coast guards in two countries of the region since 2016, under contracts that forbid their transfer to third parties without our consent.",
        ];

        // When
        var pair = Assert.Single(NearDuplicateFinder.Find(passages));

        // Then
        Assert.Equal((0, 2), (pair.First, pair.Second));
        Assert.True(pair.Similarity >= 0.7, $"similarity {pair.Similarity}");
    }

    [Fact]
    public void Find_SharedCourtesyLines_AreNotReuse()
    {
        // Given two letters' identical closings, shorter than the minimum
        string[] passages = ["Thank you for your letter. Please do not hesitate to contact us. Yours sincerely,", "Thank you for your letter. Please do not hesitate to contact us. Yours sincerely,"];

        // Then
        Assert.Empty(NearDuplicateFinder.Find(passages));
    }

    [Fact]
    public void Find_KeepFilter_SkipsPairsItRefuses()
    {
        // Given the same paragraph twice, but a filter that refuses the pair (say, both in one reply)
        var pairs = NearDuplicateFinder.Find([Policy, Policy], keep: (_, _) => false);

        // Then
        Assert.Empty(pairs);
    }

    [Fact]
    public void Find_ShortParagraphCopiedWordForWord_IsFound()
    {
        // Given a 10-word paragraph sent by two companies, relabelled, and a short one that differs by a word
        string[] passages = ["(c) We do not comment on commercial plans regarding specific markets.", "3. We do not comment on commercial plans regarding specific markets.", "We do not comment on commercial plans regarding particular markets."];

        // When
        var pair = Assert.Single(NearDuplicateFinder.Find(passages));

        // Then only the word-for-word copy counts under the minimum length
        Assert.Equal((0, 1), (pair.First, pair.Second));
    }
}
