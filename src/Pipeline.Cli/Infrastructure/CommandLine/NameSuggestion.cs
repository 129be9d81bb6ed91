namespace Pipeline.Cli.Infrastructure.CommandLine;

/// <summary>The known name a mistyped one most likely meant: fewest edits (a swap of neighbours counts as one), or the only name it starts.</summary>
internal static class NameSuggestion
{
    /// <summary>The closest of <paramref name="known"/>, or null when none is close enough to be a slip of the fingers.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var candidates = known.Distinct().ToList();
        var lower = typed.ToLowerInvariant();

        // A third of the word may be wrong, at least one letter and at most three: "serach", "compnay", "questoins".
        var allowed = Math.Clamp(lower.TrimStart('-').Length / 3, 1, 3);
        var best = candidates
            .Select(name => (Name: name, Distance: Distance(lower, name.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null)
        {
            return best.Name;
        }

        var started = candidates.Where(name => lower.TrimStart('-').Length >= 3 && name.StartsWith(lower, StringComparison.OrdinalIgnoreCase)).ToList();
        return started.Count == 1 ? started[0] : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent letters.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
