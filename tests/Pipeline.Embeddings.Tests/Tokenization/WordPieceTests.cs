namespace Pipeline.Embeddings.Tests.Tokenization;

/// <summary>
/// Word pieces as Hugging Face's uncased BertTokenizer makes them for all-MiniLM-L6-v2 (the expected pieces follow its
/// rules: lower-casing, accents stripped, punctuation split off, control and format characters dropped).
/// </summary>
public sealed class WordPieceTests
{
    [Theory]
    [InlineData("Hello, world!", "[CLS] hello , world ! [SEP]")]
    [InlineData("Café naïve résumé", "[CLS] cafe naive resume [SEP]")]
    [InlineData("ÜBERWACHUNG der Grenzen", "[CLS] uber ##wa ##chu ##ng der gr ##en ##zen [SEP]")]
    [InlineData("Tel. +44 | €11 billion", "[CLS] tel . + 44 | € ##11 billion [SEP]")]
    [InlineData("non\u00adbreaking\ttab", "[CLS] non ##break ##ing tab [SEP]")]
    [InlineData("e-mail: press@example.com (1a)", "[CLS] e - mail : press @ example . com ( 1a ) [SEP]")]
    [InlineData("whistleblowing", "[CLS] whistle ##bl ##owing [SEP]")]
    [InlineData("", "[CLS] [SEP]")]
    public void Text_IsSplitIntoBertUncasedWordPieces(string text, string expected)
    {
        // Given the vocabulary read from the model package
        var wordPieces = TestEncoder.Instance.WordPieces;

        // When a text is tokenised
        var ids = wordPieces.Encode(text, 256);

        // Then the pieces are BERT's
        Assert.Equal(expected, string.Join(' ', ids.Select(wordPieces.Token)));
    }

    [Fact]
    public void LongText_IsCutAtTheBudget_WithSeparatorLast()
    {
        // Given a text of far more than 8 pieces
        var wordPieces = TestEncoder.Instance.WordPieces;

        // When tokenised with a budget of 8
        var ids = wordPieces.Encode("one two three four five six seven eight nine ten", 8);

        // Then it keeps [CLS], the first six words and [SEP]
        Assert.Equal("[CLS] one two three four five six [SEP]", string.Join(' ', ids.Select(wordPieces.Token)));
    }
}
