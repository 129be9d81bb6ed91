namespace Pipeline.TextReuse.Tests;

public sealed class WordsInOrderTests
{
    [Fact]
    public void KeptShare_ShorterVersionKeptWithASentenceAdded_IsAll()
    {
        // Given a sentence and the same sentence with another added
        var shorter = Words.Keys("We have no plans to stop selling in the region.");
        var longer = Words.Keys("We have no plans to stop selling in the region. We review each contract every year.");

        // Then every word of the shorter is kept, in order
        Assert.Equal(1.0, WordsInOrder.KeptShare(shorter, longer));
    }

    [Fact]
    public void KeptShare_SameWordsReversed_IsLow()
    {
        // Given five words and the same five backwards
        string[] a = ["one", "two", "three", "four", "five"];

        // Then only one stays in order
        Assert.Equal(0.2, WordsInOrder.KeptShare(a, [.. a.Reverse()]));
    }
}
