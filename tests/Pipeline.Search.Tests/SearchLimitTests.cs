using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>A search stops at its limits and says so, instead of running on or silently dropping words (issue 13, item 3).</summary>
public sealed class SearchLimitTests(WordsIndex words) : IClassFixture<WordsIndex>
{
    [Fact]
    public void TimeBudget_Exhausted_ReturnsPartialResultsWithANotice()
    {
        // Given a query with matches, and no time at all to run it
        // When it runs
        var results = words.Search("licen* OR export", new SearchLimits { TimeBudget = TimeSpan.Zero });

        // Then the results say they are partial, and why
        Assert.False(results.Complete);
        var notice = Assert.Single(results.Notices);
        Assert.Equal(SearchNotice.TimeBudget, notice.Code);
        Assert.Contains("time limit", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeBudget_Ample_ReturnsCompleteResultsWithoutNotice()
    {
        // Given the same query with the default budget
        var results = words.Search("licen* OR export");

        // Then all three segments are found and nothing is said
        Assert.True(results.Complete);
        Assert.Empty(results.Notices);
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void Expansion_BeyondTheCap_SearchesTheFirstWordsAndSaysSo()
    {
        // Given licen* matches three words (licence, licences, licensing), and a cap of two
        // When it runs
        var results = words.Search("licen*", new SearchLimits { MaxExpansions = 2 });

        // Then only the first two words in alphabetical order are searched, and a notice names the term
        Assert.Equal(["licence.txt", "licences.txt"], results.Hits.Select(h => h.File).Order(StringComparer.Ordinal));
        var notice = Assert.Single(results.Notices);
        Assert.Equal(SearchNotice.ExpansionTruncated, notice.Code);
        Assert.Contains("'licen*' matches more than 2 words", notice.Message, StringComparison.Ordinal);
        Assert.True(results.Complete);
    }

    [Fact]
    public void Limit_LargerThanTheIndex_ReturnsEveryHit()
    {
        // Given a request for two billion hits (which allocated a queue that large, or overflowed with an offset)
        var parsed = SearchQueryParser.Parse("*").Query!;

        // When it runs
        var results = words.Index.Search(parsed, limit: int.MaxValue, offset: 5);

        // Then it returns what there is
        Assert.Equal((WordsIndex.Texts.Count, WordsIndex.Texts.Count - 5), (results.Total, results.Hits.Length));
    }
}
