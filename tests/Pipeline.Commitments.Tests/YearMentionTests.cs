using Pipeline.Commitments.Fields;

namespace Pipeline.Commitments.Tests;

/// <summary>
/// The test that lets a sentence skip the dated deadline patterns (issue 17): it must say yes wherever one of those
/// patterns could match, since a wrong no would lose a deadline.
/// </summary>
public sealed class YearMentionTests
{
    [Theory]
    [InlineData("We will publish it by the end of 2023.")]
    [InlineData("Adopted in 1999")]
    [InlineData("2024")]
    [InlineData("le 31/12/2023")]
    [InlineData("Nous publierons le rapport en 20\u0662\u0664.")] // the patterns' \d takes any decimal digit
    public void In_AYearOf19xxOr20xx_IsFound(string text)
    {
        Assert.True(YearMention.In(text));
    }

    [Theory]
    [InlineData("We will respond within six months.")]
    [InlineData("We have installed about 176 units at 31 sites.")]
    [InlineData("In 1850 the company was founded.")]
    [InlineData("Since 202")]
    [InlineData("2\u0660\u0662\u0664")] // an Arabic-Indic zero is not the "0" the patterns write
    [InlineData("")]
    public void In_NoYearAsThePatternsWriteIt_IsNotFound(string text)
    {
        Assert.False(YearMention.In(text));
    }
}
