namespace Pipeline.TextReuse.Tests;

public sealed class WordsTests
{
    [Fact]
    public void Keys_ReflowedAndHyphenatedText_AreTheSameAsTheOriginal()
    {
        // Given a paragraph, and the same paragraph laid out again with a hyphenated line break and other spacing
        const string original = "Our surveillance systems are reviewed before every sale.";
        const string reflowed = "Our surveil-\nlance  systems are\nreviewed before every sale";

        // Then their comparison keys are equal
        Assert.Equal(Words.Keys(original), Words.Keys(reflowed));
    }

    [Fact]
    public void Keys_CompoundWithHyphen_IsKeptAsOneWord()
    {
        // A hyphen inside a line is part of the word, not a layout break
        Assert.Equal(["end-use", "checks"], Words.Keys("End-use checks."));
    }

    [Theory]
    [InlineData("1c) We will publish the list.")]
    [InlineData("Question 2(d): We will publish the list.")]
    [InlineData("Q2b We will publish the list.")]
    [InlineData("(c) We will publish the list.")]
    [InlineData("1.a We will publish the list.")]
    [InlineData("d. We will publish the list.")]
    [InlineData("1 d. We will publish the list.")]
    [InlineData("(iii) We will publish the list.")]
    [InlineData("II(a) We will publish the list.")]
    [InlineData("• We will publish the list.")]
    public void KeysWithoutLabel_LeadingQuestionLabel_IsLeftOut(string text)
    {
        Assert.Equal(["we", "will", "publish", "the", "list"], Words.KeysWithoutLabel(text));
    }

    [Fact]
    public void KeysWithoutLabel_LeadingArticle_IsKept()
    {
        Assert.Equal(["a", "radar", "detects", "vessels"], Words.KeysWithoutLabel("A radar detects vessels."));
    }

    [Fact]
    public void KeysWithoutLabel_PronounI_IsKept()
    {
        // Given a sentence starting with the pronoun, which reads like the roman numeral one
        Assert.Equal("i", Words.KeysWithoutLabel("I can confirm that we will publish the list.")[0]);
    }

    [Theory]
    [InlineData("1.", true)]
    [InlineData("Question 2(a):", true)]
    [InlineData("3. Future plans", false)]
    public void IsLabel_OnlyALabel_IsOne(string text, bool expected) => Assert.Equal(expected, Words.IsLabel(text));
}
