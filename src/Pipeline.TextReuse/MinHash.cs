namespace Pipeline.TextReuse;

/// <summary>
/// MinHash signatures of shingle sets: the share of equal positions in two signatures estimates the sets' Jaccard
/// similarity, so near-duplicates can be found by comparing short signatures instead of whole passages.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature: 16 bands of 4 rows (see <see cref="NearDuplicateFinder"/>).</summary>
    public const int Length = 64;

    public static ulong[] Signature(HashSet<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var signature = new ulong[Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var k = 0; k < Length; k++)
            {
                var h = Mix(shingle ^ Seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    // Fixed seeds: signatures of one text are the same in every run and on every machine.
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Length).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    // SplitMix64's finaliser: every input bit moves every output bit.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
