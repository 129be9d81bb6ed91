using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests;

/// <summary>Snippets cut at their matches, so that each output (terminal marks, HTML &lt;mark&gt;) marks them its own way.</summary>
public sealed class SnippetRunTests
{
    [Fact]
    public void Split_TwoMatches_AlternatesTextAndMatches()
    {
        // Given "a grievance hotline" with "grievance" and "hotline" matched
        var runs = SnippetRun.Split("a grievance hotline", [new MatchSpan(12, 7), new MatchSpan(2, 9)]).ToList();

        // Then text, match, text, match, in order
        Assert.Equal([new("a ", false), new("grievance", true), new(" ", false), new("hotline", true)], runs);
    }

    [Fact]
    public void Split_OverlappingOrOutOfRangeMatches_AreIgnored()
    {
        // Given a match inside an earlier one, an empty one and one past the end
        var runs = SnippetRun.Split("drone drones", [new MatchSpan(0, 5), new MatchSpan(2, 2), new MatchSpan(6, 0), new MatchSpan(6, 20)]).ToList();

        // Then only the first is marked; the text is whole
        Assert.Equal([new("drone", true), new(" drones", false)], runs);
        Assert.Equal("drone drones", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Split_NoMatch_IsOneRunOfText()
    {
        // When
        var runs = SnippetRun.Split("company:Thales opening", []).ToList();

        // Then
        Assert.Equal([new SnippetRun("company:Thales opening", false)], runs);
    }
}
