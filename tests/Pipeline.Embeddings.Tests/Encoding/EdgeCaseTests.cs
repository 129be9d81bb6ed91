using System.Numerics.Tensors;
using System.Text;

namespace Pipeline.Embeddings.Tests.Encoding;

public sealed class EdgeCaseTests
{
    [Fact]
    public void EmptyText_IsEncodedLikeWhitespace()
    {
        // Given an empty string and one of spaces and line breaks (both are just [CLS] [SEP] to the model)
        var vectors = TestEncoder.Instance.Encode(["", " \r\n\t ", "Hello."], CancellationToken.None);

        // Then both get the same unit vector, different from a real sentence's
        Assert.Equal(vectors[0], vectors[1]);
        Assert.Equal(1f, TensorPrimitives.Norm<float>(vectors[0]), 1e-5f);
        Assert.True(TensorPrimitives.Dot(vectors[0], vectors[2]) < 0.9f);
    }

    [Fact]
    public void LongParagraph_IsReadUpTo256WordPieces()
    {
        // Given a 20,000-character paragraph, and the same paragraph with a different ending past its first 5,000 characters
        var paragraph = Paragraph(20_000);
        var sameStart = paragraph[..5_000] + " Completely different words about radar towers, drones and refugee camps follow here.";

        // When encoded
        var vectors = TestEncoder.Instance.Encode([paragraph, sameStart], CancellationToken.None);

        // Then both are cut at 256 word pieces, so what follows does not change the vector
        Assert.Equal(256, TestEncoder.Instance.WordPieces.Encode(paragraph, 256).Length);
        Assert.Equal(384, vectors[0].Length);
        Assert.Equal(1f, TensorPrimitives.Norm<float>(vectors[0]), 1e-5f);
        Assert.Equal(vectors[0], vectors[1]);
    }

    [Theory]
    [InlineData("\uD800drone")]
    [InlineData("drone\uDC00")]
    [InlineData("dro\uDBFF\uDBFFne")]
    public void LoneSurrogate_IsReadAsAReplacementCharacter(string text)
    {
        // Given a query holding half of a UTF-16 surrogate pair (typed or pasted broken), which Unicode normalisation refuses
        // When it is encoded
        var vector = TestEncoder.One(text);

        // Then it is encoded as the same text with U+FFFD in place of each lone half, and a real pair is left alone
        var replaced = TestEncoder.One(text.Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD').Replace('\uDBFF', '\uFFFD'));
        Assert.Equal(replaced, vector);
        Assert.Equal("a\uD83D\uDE00b", Pipeline.Embeddings.MiniLm.UncasedWordPieces.WellFormed("a\uD83D\uDE00b"));
    }

    [Fact]
    public void NoTexts_GiveNoVectors()
    {
        Assert.Empty(TestEncoder.Instance.Encode([], CancellationToken.None));
    }

    [Fact]
    public void NullText_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => TestEncoder.Instance.Encode(["fine", null!], CancellationToken.None));
        Assert.Contains("text 1", error.Message);
    }

    [Fact]
    public void CancelledToken_StopsBeforeAnyBatch()
    {
        // Given a token that is already cancelled
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // Then encoding stops with a cancellation
        Assert.ThrowsAny<OperationCanceledException>(() => TestEncoder.Instance.Encode(TrainingTexts.Test, cts.Token));
    }

    private static string Paragraph(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(TrainingTexts.Test[i % TrainingTexts.Test.Count]).Append(' ');
        }

        return text.ToString(0, length);
    }
}
