namespace Pipeline.TextReuse;

/// <summary>
/// A passage as the set of its overlapping word n-grams (hashed). Two versions of a paragraph share most of them
/// whatever the line breaks, page breaks or the order of its sentences; an edited figure changes only the n-grams
/// around it.
/// </summary>
public static class Shingles
{
    /// <summary>Words per shingle: three is long enough that unrelated paragraphs on the same subject share few.</summary>
    public const int Size = 3;

    public static HashSet<ulong> Of(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var set = new HashSet<ulong>();
        if (keys.Count < Size)
        {
            // A short passage is its whole word sequence.
            set.Add(Hash(keys, 0, keys.Count));
            return set;
        }

        for (var i = 0; i + Size <= keys.Count; i++)
        {
            set.Add(Hash(keys, i, Size));
        }

        return set;
    }

    /// <summary>Jaccard similarity of two shingle sets, 0 to 1.</summary>
    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Share of the smaller set's shingles found in the larger, 0 to 1: high when a passage was pasted into a longer one.</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count == 0 ? 0 : (double)small.Count(large.Contains) / small.Count;
    }

    // FNV-1a over the words' characters with a separator between words: stable across runs (string.GetHashCode is not).
    private static ulong Hash(IReadOnlyList<string> keys, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + count; i++)
        {
            foreach (var c in keys[i])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0x1f) * 1099511628211UL;
        }

        return hash;
    }
}
