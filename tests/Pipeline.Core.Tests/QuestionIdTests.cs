using Pipeline.Core.Campaigns;

namespace Pipeline.Core.Tests;

public sealed class QuestionIdTests
{
    [Theory]
    [InlineData("2d", "2d")]
    [InlineData("2D", "2d")]
    [InlineData(" 3 ", "3")]
    [InlineData("10b", "10b")]
    [InlineData("GENERAL", "general")]
    public void TryParse_CanonicalForms_AreAcceptedAndLowerCased(string text, string expected)
    {
        // When
        var ok = QuestionId.TryParse(text, out var id);

        // Then
        Assert.True(ok);
        Assert.Equal(expected, id.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("2dd")]
    [InlineData("2(d)")]
    [InlineData("12345")]
    public void TryParse_NonCanonicalForms_AreRejected(string text)
    {
        Assert.False(QuestionId.TryParse(text, out _));
    }

    [Fact]
    public void Number_OfSubQuestion_IsItsParentNumber()
    {
        Assert.Equal("2", QuestionId.Parse("2d").Number);
        Assert.Equal("3", QuestionId.Parse("3").Number);
    }
}
