using System.Numerics;

namespace Pipeline.Search.Semantic;

/// <summary>
/// A vector reduced to the signs of its values, one bit each (set when the value is not negative), and the Hamming
/// distance between two such: how search by meaning picks the few stored vectors it compares exactly. Measured on
/// 9,192 all-MiniLM-L6-v2 vectors of reply paragraphs and sentences (benchmarks/README.md, "Search by meaning at
/// scale"), the exact ten nearest of each of 33 search queries were always among the 220 nearest by sign bits (benchmarks/sign-recall/).
/// </summary>
internal static class SignBits
{
    /// <summary>Words (64 bits) needed for <paramref name="dimensions"/> signs.</summary>
    public static int Words(int dimensions) => (dimensions + 63) / 64;

    public static ulong[] Of(ReadOnlySpan<float> vector)
    {
        var bits = new ulong[Words(vector.Length)];
        for (var d = 0; d < vector.Length; d++)
        {
            if (!float.IsNegative(vector[d]))
            {
                bits[d >> 6] |= 1UL << (d & 63);
            }
        }

        return bits;
    }

    /// <summary>The number of dimensions whose signs differ.</summary>
    public static int Distance(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var distance = 0;
        for (var i = 0; i < a.Length; i++)
        {
            distance += BitOperations.PopCount(a[i] ^ b[i]);
        }

        return distance;
    }
}
