namespace Pipeline.TextReuse;

/// <summary>
/// A passage's shingles as a sorted array: a third of a hash set's memory, which counts when an archive's every
/// paragraph is held for comparison, and compared by one merge.
/// </summary>
public sealed class SortedShingles
{
    private readonly ulong[] _hashes;

    public SortedShingles(HashSet<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        _hashes = [.. shingles];
        Array.Sort(_hashes);
    }

    public int Count => _hashes.Length;

    /// <summary>How many shingles the two passages share.</summary>
    public int Shared(SortedShingles other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b) = (_hashes, other._hashes);
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>Jaccard similarity, 0 to 1 (<see cref="Shingles.Jaccard"/>).</summary>
    public double Jaccard(SortedShingles other)
    {
        var shared = Shared(other);
        return Count + other.Count == 0 ? 1 : (double)shared / (Count + other.Count - shared);
    }

    /// <summary>Share of the smaller passage's shingles found in the larger, 0 to 1 (<see cref="Shingles.Containment"/>).</summary>
    public double Containment(SortedShingles other)
    {
        var smaller = Math.Min(Count, other.Count);
        return smaller == 0 ? 0 : (double)Shared(other) / smaller;
    }
}
