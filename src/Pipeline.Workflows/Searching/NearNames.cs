namespace Pipeline.Workflows.Searching;

/// <summary>The names nearest to one a researcher typed, for "did you mean …?" in errors about an unknown company.</summary>
public static class NearNames
{
    /// <param name="typed">What was typed.</param>
    /// <param name="known">Every name or alias said (<c>Said</c>), each standing for a company's own name (<c>Name</c>).</param>
    /// <param name="max">At most this many suggestions.</param>
    /// <returns>Company names, nearest first.</returns>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<(string Said, string Name)> known, int max = 3) =>
        [.. known
            .Select(k => (k.Name, Distance: Distance(typed, k.Said)))
            .Where(k => k.Distance <= Tolerance(typed))
            .OrderBy(k => k.Distance)
            .Select(k => k.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)];

    // A slip of about one letter in four, and a name typed in part ("Helv" for Helvora) counts as near.
    private static int Tolerance(string typed) => Math.Max(1, typed.Length / 4);

    private static int Distance(string typed, string name)
    {
        var a = typed.ToLowerInvariant();
        var b = name.ToLowerInvariant();
        if (a.Length >= 3 && (b.StartsWith(a, StringComparison.Ordinal) || b.Split(' ').Contains(a)))
        {
            return 0;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
