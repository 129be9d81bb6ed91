namespace Pipeline.Embeddings;

/// <summary>
/// A benchmark-only stand-in for the sentence model: each text's words hashed into the real model's number of
/// dimensions, L2-normalised, in microseconds instead of milliseconds. It reports the real model's
/// <see cref="ModelId"/> so that the shipped topic model accepts it; its vectors mean nothing, so an index built with it
/// is for timing the other stages only. Chosen explicitly with <c>PIPELINE_BENCHMARK_ENCODER=stand-in</c> (see
/// benchmarks/README.md, section Scale), never by default.
/// </summary>
public sealed class StandInEncoder(string modelId, int dimensions) : ISentenceEncoder
{
    /// <summary>The environment variable that swaps the shared encoder for this one.</summary>
    public const string Variable = "PIPELINE_BENCHMARK_ENCODER";

    public int Dimensions { get; } = dimensions;

    public string ModelId { get; } = modelId;

    /// <summary>True when the environment asks for the stand-in.</summary>
    public static bool Requested => IsRequest(Environment.GetEnvironmentVariable(Variable));

    /// <summary>True for the one value of <see cref="Variable"/> that asks for the stand-in.</summary>
    public static bool IsRequest(string? value) => value == "stand-in";

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            vectors[i] = Hash(texts[i]);
        }

        return vectors;
    }

    private float[] Hash(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = Fnv1a(word);
            vector[hash % (uint)Dimensions] += (hash & 0x8000_0000) == 0 ? 1 : -1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            vector[0] = 1;
            return vector;
        }

        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= norm;
        }

        return vector;
    }

    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
