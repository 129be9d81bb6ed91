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

    [Fact]
    public void Search_TextCopiedManyTimes_PairsEachCopyWithItsEarliestOnly()
    {
        // Given one paragraph sent 400 times, each copy with its own reference number
        var passages = Enumerable.Range(0, 400).Select(i => $"{Policy} Our reference is {i}.").ToArray();

        // When
        var found = NearDuplicateFinder.Search(passages, sources: 5);

        // Then each copy names the first copies (at most five), not the 399 others: 5 × 395 + 0 + 1 + 2 + 3 + 4 pairs
        Assert.Equal((5 * 395) + 10, found.Pairs.Length);
        Assert.All(found.Pairs, p => Assert.True(p.First < 5 && p.First < p.Second, $"{p.First}-{p.Second}"));
        Assert.Single(found.Groups.Distinct());
        Assert.True(found.Groups[0] >= 0);
    }

    [Fact]
    public void Search_ShortTextCopiedWordForWord_SkipsRefusedEarlierCopiesAndGroupsThemAll()
    {
        // Given a ten-word sentence sent by companies A, A, B, C, D (passages 0–4), pairs within one company refused
        const string Sentence = "We do not comment on commercial plans regarding specific markets.";
        char[] company = ['A', 'A', 'B', 'C', 'D'];
        var passages = Enumerable.Repeat(Sentence, 5).Append("Our grievance mechanism is open to anyone affected by our products.").ToArray();

        // When at most two sources per passage
        var found = NearDuplicateFinder.Search(passages, keep: (a, b) => company[a] != company[b], sources: 2);

        // Then B names both of A's, C and D the first two allowed, and the five copies form one group (the other sentence none)
        Assert.Equal([(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)], found.Pairs.Select(p => (p.First, p.Second)));
        Assert.Single(found.Groups.Take(5).Distinct());
        Assert.Equal(-1, found.Groups[5]);
    }
}
