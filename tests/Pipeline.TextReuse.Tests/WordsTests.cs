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
}
