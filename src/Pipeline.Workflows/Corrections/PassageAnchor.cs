using System.Collections.Immutable;
using System.Text;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Finds a passage by the start of its text rather than by position, so that a correction survives re-extraction:
/// whitespace runs count as one space and case is ignored. A passage that starts with the anchor wins; failing that,
/// one that contains it.
/// </summary>
public static class PassageAnchor
{
    /// <summary>The positions in <paramref name="passages"/> the anchor designates: one when unique, several when ambiguous, none when not found.</summary>
    public static ImmutableArray<int> Find(string anchor, IReadOnlyList<string> passages)
    {
        var key = Normalise(anchor);
        if (key.Length == 0)
        {
            return [];
        }

        var normalised = passages.Select(Normalise).ToArray();
        ImmutableArray<int> starting = [.. Enumerable.Range(0, normalised.Length).Where(i => normalised[i].StartsWith(key, StringComparison.Ordinal))];
        return starting.IsEmpty
            ? [.. Enumerable.Range(0, normalised.Length).Where(i => normalised[i].Contains(key, StringComparison.Ordinal))]
            : starting;
    }

    /// <summary>Lower-cased, whitespace collapsed to single spaces, trimmed.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
