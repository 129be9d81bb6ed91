using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests;

/// <summary>One encoder for the whole test run: building one costs about a second and ~300 MB.</summary>
internal static class TestEncoder
{
    private static readonly Lazy<MiniLmEncoder> Encoder = new(() => MiniLmEncoder.Create());
    private static readonly Lazy<MiniLmEncoder> QuantisedEncoder = new(() => MiniLmEncoder.Create(new SentenceEncoderOptions { Precision = EncoderPrecision.Quantised }));

    /// <summary>The default encoder (fp32).</summary>
    public static MiniLmEncoder Instance => Encoder.Value;

    /// <summary>An encoder with int8 weights.</summary>
    public static MiniLmEncoder Quantised => QuantisedEncoder.Value;

    public static float[] One(string text) => Instance.Encode([text], CancellationToken.None)[0];
}
