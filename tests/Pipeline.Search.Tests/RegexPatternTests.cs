using Lucene.Net.Util.Automaton;
using Pipeline.Search.Querying.Patterns;
using Pipeline.Testing;

namespace Pipeline.Search.Tests;

/// <summary>RegexPattern reads regular expressions exactly as Lucene's RegExp does, so that it can refuse what Lucene would choke on and nothing else.</summary>
public sealed class RegexPatternTests
{
    [Fact]
    public void Parse_AcceptsExactlyWhatLuceneAccepts()
    {
        // Given every generated regular expression short enough to be searched
        var patterns = HostileQueries.Generate(seed: 13, count: 520)
            .Where(q => q.Length is > 2 and <= 257 && q[0] == '/' && q[^1] == '/')
            .Select(q => q[1..^1])
            .Concat(["a{1,}", "a{,5}", "[]a]", "[^a-c]x", "\"ab\"c", "()", "a|", "|a", "a&&b", "~~a", "\\", "a\\", "[a-", "(a", "a)", "<1-5>", "<5-1>", "<1-2-3>"])
            .ToList();
        Assert.True(patterns.Count > 100);

        // When each is read by Lucene and by RegexPattern
        var disagreements = new List<string>();
        foreach (var pattern in patterns)
        {
            var lucene = LuceneAccepts(pattern, out var namesAutomaton);
            if (namesAutomaton)
            {
                // <name> parses in Lucene and fails only when built; RegexPattern refuses it up front.
                Assert.Throws<PatternException>(() => RegexPattern.Parse(pattern));
                continue;
            }

            var ours = Accepts(pattern);
            if (lucene != ours)
            {
                disagreements.Add($"{pattern}: Lucene {(lucene ? "accepts" : "refuses")}, RegexPattern {(ours ? "accepts" : "refuses")}");
            }
        }

        // Then they agree on every one
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Theory]
    [InlineData("a{0,2147483647}")]
    [InlineData(".*a.{10}")]
    [InlineData("(.*){1,1000}")]
    [InlineData("~(.*a.{10})")]
    public void Check_BeyondTheBudget_Throws(string pattern)
    {
        // Given a pattern whose automaton Lucene.Net would build for seconds or without bound
        var budget = new AutomatonBudget(1_000, 5_000, 5_000_000);

        // When / Then the measurement stops, as a limit
        Assert.True(Assert.Throws<PatternException>(() => PatternComplexity.Check(RegexPattern.Parse(pattern), budget)).IsLimit);
    }

    private static bool Accepts(string pattern)
    {
        try
        {
            RegexPattern.Parse(pattern);
            return true;
        }
        catch (PatternException)
        {
            return false;
        }
    }

    private static bool LuceneAccepts(string pattern, out bool namesAutomaton)
    {
        namesAutomaton = false;
        try
        {
            namesAutomaton = new RegExp(pattern, RegExpSyntax.ALL).GetIdentifiers().Count > 0;
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            return false;
        }
    }
}
