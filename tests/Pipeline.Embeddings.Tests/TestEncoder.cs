using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests;

/// <summary>One encoder for the whole test run: building one costs about a second and ~300 MB.</summary>
internal static class TestEncoder
{
    private static readonly Lazy<MiniLmEncoder> Encoder = new(() => MiniLmEncoder.Create());

    public static MiniLmEncoder Instance => Encoder.Value;

    public static float[] One(string text) => Instance.Encode([text], CancellationToken.None)[0];
}
