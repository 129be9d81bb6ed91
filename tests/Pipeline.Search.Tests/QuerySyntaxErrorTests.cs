using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests;

public sealed class QuerySyntaxErrorTests
{
    [Theory]
    [InlineData("drone AND", 10, "need a term on each side")]
    [InlineData("AND drone", 1, "need a term on each side")]
    [InlineData("\"facial recognition", 1, "double quote")]
    [InlineData("(drone OR radar", 16, "close every '('")]
    [InlineData("drone)", 6, "no matching '('")]
    [InlineData("foo:bar", 1, "fields are text, campaign, company")]
    [InlineData("drones and vendor:x", 12, "fields are")]
    [InlineData("drone^x", 8, "followed by a number")]
    [InlineData("drone \\", 7, "backslash escapes")]
    [InlineData("page:two", 1, "")]
    [InlineData("   ", 1, "type words")]
    public void Parse_Malformed_GivesPositionAndHint(string query, int position, string hint)
    {
        // Given a malformed query
        // When it is parsed
        var result = SearchQueryParser.Parse(query);

        // Then it fails with the position of the problem and a hint
        Assert.False(result.IsSuccess);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(hint, result.Error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_PutsACaretUnderThePosition()
    {
        // Given a query with a dangling operator
        var error = SearchQueryParser.Parse("drone AND").Error!;

        // When it is described for a person
        var text = error.Describe();

        // Then the caret sits under the end of the query
        Assert.Equal(
            "unexpected end of the query at position 10\n  drone AND\n           ^\nhint: AND, OR and NOT join terms and need a term on each side; to search for the word itself, write it in lower case",
            text);
    }
}
