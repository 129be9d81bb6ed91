namespace Pipeline.TextReuse;

/// <summary>
/// How much of a passage another keeps in the same order: the longest common subsequence of their words over the
/// shorter's length. An answer rewritten around a kept first sentence, or with a sentence added, keeps most of its
/// words in order even when few three-word shingles survive.
/// </summary>
public static class WordsInOrder
{
    /// <returns>0 to 1; 0 when either is empty.</returns>
    public static double KeptShare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        // One row of the dynamic programme at a time: memory linear in the shorter passage.
        var (outer, inner) = a.Count >= b.Count ? (a, b) : (b, a);
        var previous = new int[inner.Count + 1];
        var current = new int[inner.Count + 1];
        for (var i = 1; i <= outer.Count; i++)
        {
            for (var j = 1; j <= inner.Count; j++)
            {
                current[j] = string.Equals(outer[i - 1], inner[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return (double)previous[inner.Count] / inner.Count;
    }
}
