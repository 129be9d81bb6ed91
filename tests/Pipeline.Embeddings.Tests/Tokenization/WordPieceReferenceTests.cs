using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Embeddings.Tests.Tokenization;

/// <summary>
/// Word pieces equal those of an independent implementation of Hugging Face's uncased BertTokenizer
/// (<c>bert_uncased_reference.py</c> beside this file, which wrote <c>wordpieces.expected.jsonl</c>) on texts that
/// exercise its rules: French, German and Arabic letters, typographic quotes and dashes, ligatures, URLs, zero-width and
/// format characters, CJK, emoji, Greek and Cyrillic, and real passages with accents and symbols from corpus/training.
/// </summary>
public sealed class WordPieceReferenceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(RepoPaths.InRepo("tests", "Pipeline.Embeddings.Tests", "Tokenization", "wordpieces.expected.jsonl")))
        {
            var json = JsonDocument.Parse(line).RootElement;
            data.Add(json.GetProperty("text").GetString()!, json.GetProperty("pieces").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WordPieces_EqualTheReferenceImplementations(string text, string expected)
    {
        // Given the vocabulary read from the model package
        var wordPieces = TestEncoder.Instance.WordPieces;

        // When the text is tokenised
        var pieces = string.Join(' ', wordPieces.Encode(text, 256).Select(wordPieces.Token));

        // Then the pieces are the reference's
        Assert.Equal(expected, pieces);
    }

    [Fact]
    public void ReferenceFile_HasTheCases()
    {
        Assert.Equal(33, Cases().Count);
    }
}
