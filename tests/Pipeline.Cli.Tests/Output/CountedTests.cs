using Pipeline.Cli.Output;

namespace Pipeline.Cli.Tests.Output;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 segments")]
    [InlineData(1, "1 segment")]
    [InlineData(12, "12 segments")]
    public void Of_SaysTheNounInTheRightNumber(int count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "segment"));

    [Fact]
    public void PagesPrefix_IsEmpty_ForAWordFileWhosePagesAreUnknown()
    {
        Assert.Equal(string.Empty, Counted.PagesPrefix(0));
        Assert.Equal("1 page, ", Counted.PagesPrefix(1));
        Assert.Equal("3 pages, ", Counted.PagesPrefix(3));
    }
}
