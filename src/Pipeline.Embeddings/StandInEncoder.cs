using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace Pipeline.Embeddings;

/// <summary>
/// A benchmark-only stand-in for the sentence model: the sum of a dense pseudo-random vector per word (seeded by the
/// word's hash, every dimension ±1), L2-normalised, in microseconds instead of milliseconds. Dense like the model's
/// vectors, so that the signs search by meaning first compares spread as theirs do: with one word hashed to one
/// dimension each, a short text's vector was zero in nearly every dimension, its signs nearly all alike, and at 100,000
/// replies 85,254 stored vectors lay at sign distance 0 from a two-word query (benchmarks/README.md). It reports the real model's
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

    /// <summary>Words whose vectors are kept (a benchmark's generated replies use a few thousand); past them each is made again.</summary>
    private const int WordsKept = 100_000;

    private readonly ConcurrentDictionary<string, float[]> _words = new(StringComparer.Ordinal);

    private float[] Hash(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            TensorPrimitives.Add(vector, WordVector(word), vector);
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm == 0)
        {
            vector[0] = 1;
            return vector;
        }

        TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    private float[] WordVector(string word)
    {
        if (_words.TryGetValue(word, out var kept))
        {
            return kept;
        }

        // SplitMix64 from the word's hash: one bit per dimension.
        var vector = new float[Dimensions];
        var state = (ulong)Fnv1a(word) * 0x9E37_79B9_7F4A_7C15UL;
        for (var d = 0; d < vector.Length; d += 64)
        {
            state += 0x9E37_79B9_7F4A_7C15UL;
            var bits = state;
            bits = (bits ^ (bits >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            bits = (bits ^ (bits >> 27)) * 0x94D0_49BB_1331_11EBUL;
            bits ^= bits >> 31;
            for (var b = 0; b < 64 && d + b < vector.Length; b++)
            {
                vector[d + b] = ((bits >> b) & 1) == 0 ? 1 : -1;
            }
        }

        if (_words.Count < WordsKept)
        {
            _words.TryAdd(word, vector);
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
