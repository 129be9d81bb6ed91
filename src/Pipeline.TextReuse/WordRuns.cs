namespace Pipeline.TextReuse;

/// <summary>Where a run of words (comparison keys) stands, whole and in order, inside a longer passage.</summary>
public static class WordRuns
{
    /// <returns>The index in <paramref name="keys"/> where <paramref name="run"/> starts; -1 when it is not there.</returns>
    public static int IndexOf(IReadOnlyList<string> keys, IReadOnlyList<string> run)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(run);
        for (var at = 0; at + run.Count <= keys.Count; at++)
        {
            var k = 0;
            while (k < run.Count && string.Equals(keys[at + k], run[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == run.Count)
            {
                return at;
            }
        }

        return -1;
    }
}
