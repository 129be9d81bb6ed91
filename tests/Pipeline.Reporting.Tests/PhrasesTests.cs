using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Tests;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("describe a grievance mechanism", "describes a grievance mechanism")]
    [InlineData("address sharing lists", "addresses sharing lists")]
    [InlineData("refer to export controls", "refers to export controls")]
    [InlineData("mention", "mentions")]
    public void ThirdPersonSingular_InflectsTheFirstWord(string plural, string singular) =>
        Assert.Equal(singular, Phrases.ThirdPersonSingular(plural));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A and B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B and C")]
    public void List_JoinsWithCommasAndAFinalAnd(string[] items, string expected) => Assert.Equal(expected, Phrases.List(items));

    [Theory]
    [InlineData(5, 24, "21%")]
    [InlineData(5, 8, "63%")]
    [InlineData(1, 8, "13%")]
    [InlineData(0, 0, "0%")]
    public void Percent_RoundsHalfAwayFromZero(int part, int whole, string expected) => Assert.Equal(expected, Phrases.Percent(part, whole));

    [Fact]
    public void Shorten_CutsAtAWordAndAddsAnEllipsis()
    {
        Assert.Equal("Contracts forbid use…", Excerpt.Shorten("Contracts forbid use for mass surveillance.", 24));
        Assert.Equal("short", Excerpt.Shorten("short", 24));
    }
}
