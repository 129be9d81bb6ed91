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

    /// <summary>
    /// The distances of a run of vectors' signs (<paramref name="signs"/>, the words of each vector in turn) to
    /// <paramref name="query"/>'s, each written to <paramref name="distances"/> and counted in <paramref name="histogram"/>.
    /// </summary>
    public static void Distances(ReadOnlySpan<ulong> query, ReadOnlySpan<ulong> signs, Span<ushort> distances, int[] histogram)
    {
        var words = query.Length;
        if (words == 6)
        {
            // all-MiniLM-L6-v2's 384 dimensions, unrolled.
            var (q0, q1, q2, q3, q4, q5) = (query[0], query[1], query[2], query[3], query[4], query[5]);
            for (var i = 0; i < distances.Length; i++)
            {
                var v = signs.Slice(i * 6, 6);
                var distance = BitOperations.PopCount(q0 ^ v[0]) + BitOperations.PopCount(q1 ^ v[1]) + BitOperations.PopCount(q2 ^ v[2])
                    + BitOperations.PopCount(q3 ^ v[3]) + BitOperations.PopCount(q4 ^ v[4]) + BitOperations.PopCount(q5 ^ v[5]);
                distances[i] = (ushort)distance;
                histogram[distance]++;
            }

            return;
        }

        for (var i = 0; i < distances.Length; i++)
        {
            var distance = Distance(query, signs.Slice(i * words, words));
            distances[i] = (ushort)distance;
            histogram[distance]++;
        }
    }
}
