namespace Pipeline.Embeddings.Tests;

public sealed class RememberingEncoderTests
{
    [Fact]
    public void Encode_TextSeenBefore_IsNotEncodedAgain()
    {
        // Given an encoder that counts the texts it is asked to encode, behind a memory
        var counting = new CountingEncoder();
        var remembering = new RememberingEncoder(counting, capacity: 10);

        // When classification encodes a reply's paragraphs and indexing asks for the same ones and one more
        var first = remembering.Encode(["speak up line", "export licence"], CancellationToken.None);
        var second = remembering.Encode(["export licence", "speak up line", "training"], CancellationToken.None);

        // Then only the new text reached the model, and the vectors returned are the ones first computed
        Assert.Equal(["speak up line", "export licence", "training"], counting.Seen);
        Assert.Same(first[1], second[0]);
        Assert.Same(first[0], second[1]);
        Assert.Equal(3f, second[2][0]);
    }

    [Fact]
    public void Encode_PastCapacity_ForgetsTheOldest()
    {
        // Given a memory of two texts
        var counting = new CountingEncoder();
        var remembering = new RememberingEncoder(counting, capacity: 2);

        // When three texts are encoded, then the first again
        remembering.Encode(["a", "b", "c"], CancellationToken.None);
        remembering.Encode(["a", "c"], CancellationToken.None);

        // Then the oldest was forgotten and encoded anew, the newest was remembered
        Assert.Equal(["a", "b", "c", "a"], counting.Seen);
        Assert.Equal(2, remembering.Count);
    }

    [Fact]
    public void Encode_SameTextTwiceInOneCall_RunsTheModelOnceForIt()
    {
        var counting = new CountingEncoder();
        var remembering = new RememberingEncoder(counting, capacity: 10);

        var vectors = remembering.Encode(["hotline", "hotline"], CancellationToken.None);

        Assert.Equal(["hotline"], counting.Seen);
        Assert.Same(vectors[0], vectors[1]);
    }

    /// <summary>Gives the n-th text it ever saw the vector [n, 0]; records every text it was asked for.</summary>
    private sealed class CountingEncoder : ISentenceEncoder
    {
        public List<string> Seen { get; } = [];

        public int Dimensions => 2;

        public string ModelId => "counting";

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct) =>
            [.. texts.Select(t =>
            {
                Seen.Add(t);
                return new float[] { Seen.Count, 0 };
            })];
    }
}
