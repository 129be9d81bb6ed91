using Pipeline.Cli.Infrastructure.CommandLine;

namespace Pipeline.Cli.Tests.CommandLine;

public sealed class NameSuggestionTests
{
    private static readonly string[] SearchOptions = ["--company", "--campaign", "--question", "--topic", "--status", "--limit", "--offset", "--index", "--json", "--verbose", "--help"];

    [Theory]
    [InlineData("compnay", "company", 1)] // two letters swapped: one slip
    [InlineData("serach", "search", 1)]
    [InlineData("questoins", "questions", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, NameSuggestion.Distance(a, b));

    [Theory]
    [InlineData("--compnay", "--company")]
    [InlineData("--campain", "--campaign")]
    [InlineData("--STATUS", "--status")]
    [InlineData("--offs", "--offset")] // the only option it starts
    [InlineData("--frobnicate", null)]
    [InlineData("--x", null)]
    public void Closest_IsTheNearestOption_OrNoneWhenNothingIsClose(string typed, string? expected) =>
        Assert.Equal(expected, NameSuggestion.Closest(typed, SearchOptions));
}
