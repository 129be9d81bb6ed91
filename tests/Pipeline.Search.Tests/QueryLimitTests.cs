using System.Diagnostics;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests;

/// <summary>No query can exhaust memory, the stack or a core (issue 13, item 3): what cannot be searched is refused with a position and a hint.</summary>
public sealed class QueryLimitTests
{
    [Theory]
    [InlineData("/a{0,2147483647}/", 2, true)]           // 9.8 GB before
    [InlineData("/a{1,99999}/", 2, true)]                // 19 s of one core before
    [InlineData("/.*a.{20}/", 2, true)]                  // 2^20 states
    [InlineData("*a??????????????????", 1, true)]        // the same as a wildcard
    [InlineData("/((a{1,50}){1,50}){1,50}/", 2, true)]
    [InlineData("/(.*){1,1000}/", 2, true)]             // a thousand copies joined by empty moves: quadratic for Lucene
    [InlineData("*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*x*y*z*", 1, true)]   // few states, too many transitions
    [InlineData("/a{99999999999}/", 4, true)]
    [InlineData("/a<b/", 3, false)]                      // an exception and exit 134 before
    [InlineData("/[z-a]/", 3, false)]
    [InlineData("</title><script>alert(1)</script>", 9, false)]
    [InlineData("/(ab/", 5, false)]
    [InlineData("/ab)/", 4, false)]
    [InlineData("\"a b\"~-1", 6, false)]                 // an exception and exit 134 before
    [InlineData("drone~-1", 6, false)]
    [InlineData("drone^99999999999999999999999999999999999999999", 6, true)]
    public void Parse_HostileQuery_IsRefusedWithPositionAndHint(string query, int position, bool isLimit)
    {
        // Given a query that used to crash the process or run away with memory or time
        // When it is parsed
        var result = SearchQueryParser.Parse(query);

        // Then it is refused, saying where and what to do, and whether it is malformed or merely too costly
        Assert.False(result.IsSuccess);
        Assert.Equal((position, isLimit), (result.Error.Position, result.Error.IsLimit));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Hint));
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedBeforeTheParserRecurses()
    {
        // Given parentheses 1,900 deep (within the length limit), deep enough to overflow the parser's stack on a
        // thread-pool thread (a crash no handler catches)
        var query = new string('(', 1_900) + "drone" + new string(')', 1_900);

        // When it is parsed
        var result = SearchQueryParser.Parse(query);

        // Then it is refused at the first parenthesis past the limit
        Assert.Equal((QueryLimits.MaxNesting + 1, true), (result.Error!.Position, result.Error.IsLimit));
    }

    [Theory]
    [InlineData(10_000, "a", "")]
    [InlineData(300, "a", "*")]
    [InlineData(300, "/a", "/")]
    [InlineData(300, "a", "~")]
    public void Parse_OverlongTerms_AreRefused(int length, string start, string end)
    {
        // Given a very long query or multi-term term
        var query = start + new string('b', length) + end;

        // When / Then it is refused as too costly
        Assert.True(SearchQueryParser.Parse(query).Error?.IsLimit);
    }

    [Theory]
    [InlineData("/a{1,20}/")]
    [InlineData("/[a-z]{1,255}/")]
    [InlineData("/.*a.{8}/")]
    [InlineData("/licen[cs]e/")]
    [InlineData("*a???????")]
    [InlineData("/(.*){1,400}/")]
    [InlineData("/<1-2147483647>/")]
    [InlineData("/@&~(a.*)/")]
    [InlineData("\"facial recognition\"~5")]
    public void Parse_ReasonablePatterns_AreAccepted(string query)
    {
        // Given a pattern within the limits (some of them near the limit)
        // When it is parsed
        var result = SearchQueryParser.Parse(query);

        // Then it is accepted and marked as costly when it expands into words
        Assert.True(result.IsSuccess, result.Error?.Describe());
        Assert.Equal(query[0] != '"', result.Query.IsExpensive);
    }

    [Fact]
    public void Parse_PatternNearTheLimit_IsMeasuredQuickly()
    {
        // Given the most complex wildcard still within the limit, and one just beyond
        // When both are parsed
        var clock = Stopwatch.StartNew();
        var within = SearchQueryParser.Parse("*a????????");
        var beyond = SearchQueryParser.Parse("*a?????????");
        clock.Stop();

        // Then the first is accepted and the second refused (the time is reported, not asserted: speed lives in benchmarks)
        Assert.True(within.IsSuccess, within.Error?.Describe());
        Assert.True(beyond.Error?.IsLimit, $"took {clock.ElapsedMilliseconds} ms");
    }
}
