using System.Collections.Immutable;

namespace Pipeline.TextReuse;

/// <summary>
/// Finds passages that are (near-)copies of each other among many: MinHash signatures split into bands (locality-
/// sensitive hashing) propose candidate pairs — passages equal in a whole band — and each candidate is checked on its
/// exact shingles. Work grows with the number of passages, not with its square; reflow, hyphenation, small edits and
/// reordered sentences keep most shingles, so they are found. A passage shorter than the minimum counts only when it is
/// copied word for word (question labels aside): a few words in common are chance, a whole sentence repeated is not.
/// Passages made only of courtesies (<see cref="CourtesyLines"/>) are never compared.
/// </summary>
public static class NearDuplicateFinder
{
    private const int Bands = 16;

    private const int Rows = MinHash.Length / Bands;

    /// <summary>Default shortest passage compared for near-copies, in words; shorter ones count only as exact copies.</summary>
    public const int DefaultMinimumWords = 25;

    /// <summary>The shortest passage that counts even as an exact copy: "Yes." or "Not applicable." repeated is no reuse.</summary>
    public const int ShortestPassage = 6;

    /// <summary>
    /// Shingle similarity (Jaccard), or containment of the shorter passage in the longer, from which two passages count
    /// as one text reused. 16 bands of 4 rows find pairs at 0.5 Jaccard with probability ≈ 0.65 and at 0.7 with ≈ 0.99.
    /// </summary>
    public const double DefaultThreshold = 0.5;

    /// <param name="passages">The passages' texts.</param>
    /// <param name="minimumWords">Passages with fewer words count only when copied word for word.</param>
    /// <param name="threshold">Similarity or containment from which a pair is reported.</param>
    /// <param name="keep">Which candidate pairs (by index) to check at all, e.g. only pairs from different replies; all when null.</param>
    public static ImmutableArray<ReusedPair> Find(IReadOnlyList<string> passages, int minimumWords = DefaultMinimumWords, double threshold = DefaultThreshold, Func<int, int, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var shingles = new HashSet<ulong>?[passages.Count];
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            var keys = Words.Keys(passages[i]);
            if (keys.Length < ShortestPassage || CourtesyLines.IsCourtesy(passages[i]))
            {
                continue;
            }

            if (keys.Length < minimumWords)
            {
                var text = string.Join(' ', Words.KeysWithoutLabel(passages[i]));
                if (!exact.TryGetValue(text, out var same))
                {
                    exact[text] = same = [];
                }

                same.Add(i);
                continue;
            }

            shingles[i] = Shingles.Of(keys);
            var signature = MinHash.Signature(shingles[i]!);
            for (var band = 0; band < Bands; band++)
            {
                var bucket = (band, BandKey(signature, band));
                if (!buckets.TryGetValue(bucket, out var members))
                {
                    buckets[bucket] = members = [];
                }

                members.Add(i);
            }
        }

        var checkedPairs = new HashSet<(int, int)>();
        var pairs = ImmutableArray.CreateBuilder<ReusedPair>();
        foreach (var same in exact.Values.Where(m => m.Count > 1))
        {
            pairs.AddRange(PairsOf(same).Where(p => keep is null || keep(p.A, p.B)).Select(p => new ReusedPair(p.A, p.B, 1, 1)));
        }

        foreach (var (a, b) in buckets.Values.Where(m => m.Count > 1).SelectMany(PairsOf))
        {
            if (!checkedPairs.Add((a, b)) || (keep is not null && !keep(a, b)))
            {
                continue;
            }

            var similarity = Shingles.Jaccard(shingles[a]!, shingles[b]!);
            var containment = Shingles.Containment(shingles[a]!, shingles[b]!);
            if (similarity >= threshold || containment >= ContainmentThreshold)
            {
                pairs.Add(new ReusedPair(a, b, Math.Round(similarity, 3), Math.Round(containment, 3)));
            }
        }

        return [.. pairs.OrderBy(p => p.First).ThenBy(p => p.Second)];
    }

    // Members are added in index order, so each pair comes out (smaller, greater).
    private static IEnumerable<(int A, int B)> PairsOf(List<int> members)
    {
        for (var x = 0; x < members.Count; x++)
        {
            for (var y = x + 1; y < members.Count; y++)
            {
                yield return (members[x], members[y]);
            }
        }
    }

    /// <summary>A passage whose shingles lie this much inside a longer one was pasted into it.</summary>
    private const double ContainmentThreshold = 0.8;

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var r = band * Rows; r < (band + 1) * Rows; r++)
        {
            key = (key ^ signature[r]) * 1099511628211UL;
        }

        return key;
    }
}
