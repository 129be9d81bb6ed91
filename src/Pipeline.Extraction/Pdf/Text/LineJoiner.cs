using System.Collections.Frozen;
using System.Text;

namespace Pipeline.Extraction.Pdf.Text;

/// <summary>
/// Joins a block's lines into one text, undoing end-of-line hyphenation: "compli-" + "ance" → "compliance", while a real
/// compound broken at its hyphen stays hyphenated ("end-" + "use" → "end-use" when the document writes "end-use" elsewhere,
/// "Anti-" + "Corruption", "state-of-the-" + "art"). A break whose two forms the document never writes elsewhere is a
/// compound's hyphen in a document that shows no word broken at a line end ("long-" + "range" in a letter from a word
/// processor), and hyphenation in one that does (see <see cref="Vocabulary.Hyphenates"/>).
/// </summary>
internal static class LineJoiner
{
    public static string Join(IReadOnlyList<string> lines, bool rightToLeft, Vocabulary vocabulary)
    {
        if (lines.Count == 1)
        {
            return Clean(lines[0]);
        }

        var text = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i];
            var hyphen = rightToLeft ? null : TrailingHyphen(text, next);
            if (hyphen is { } h)
            {
                var keep = h != '\u00AD' && KeepsHyphen(text, next, vocabulary);
                text.Length--;
                if (keep)
                {
                    text.Append('-');
                }

                text.Append(next);
            }
            else
            {
                text.Append(' ').Append(next);
            }
        }

        return Clean(text.ToString());
    }

    /// <summary>Removes soft hyphens left inside the text and collapses runs of spaces.</summary>
    public static string Clean(string text)
    {
        if (!text.Contains('\u00AD', StringComparison.Ordinal) && !text.Contains("  ", StringComparison.Ordinal)
            && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\u00AD' || (c == ' ' && (builder.Length == 0 || builder[^1] == ' ')))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd();
    }

    private static char? TrailingHyphen(StringBuilder text, string next)
    {
        if (text.Length < 2 || next.Length == 0 || !char.IsLetter(next[0]))
        {
            return null;
        }

        var last = text[^1];
        return last is '-' or '\u00AD' or '\u2010' && char.IsLetter(text[^2]) ? last : null;
    }

    private static bool KeepsHyphen(StringBuilder text, string next, Vocabulary vocabulary)
    {
        var start = text.Length - 1;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        var before = text.ToString(start, text.Length - 1 - start);
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        var after = next[..end];
        if (before.Contains('-', StringComparison.Ordinal) || (char.IsUpper(after[0]) && char.IsLower(before[^1])))
        {
            return true;
        }

        var joined = (before + after).ToLowerInvariant();
        var hyphenated = before.ToLowerInvariant() + "-" + after.ToLowerInvariant();
        if (vocabulary.Contains(joined))
        {
            return false;
        }

        if (vocabulary.Contains(hyphenated))
        {
            return true;
        }

        var ending = after.ToLowerInvariant();
        if (HyphenatedPrefixes.Contains(before.ToLowerInvariant()))
        {
            return !Inflections.Contains(ending);
        }

        // Neither form written elsewhere: a document that breaks words at line ends elsewhere broke this one too
        // ("govern-" + "ment"); one that never does wrote a compound ("long-" + "range", "UK-" + "headquartered"), unless
        // what follows the break is a word's ending ("compli-" + "ance").
        return !vocabulary.Hyphenates && !Inflections.Contains(ending) && !Endings.Any(e => ending.EndsWith(e, StringComparison.Ordinal) && ending.Length <= e.Length + 1);
    }

    /// <summary>Word endings a line-end break leaves alone on the next line ("compli-ance", "govern-ment", "techno-logy").</summary>
    private static readonly string[] Endings =
        ["ance", "ence", "ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities", "ness", "ous", "ive", "able", "ible", "ical", "ally", "logy", "ary", "ory", "ure", "ures", "ise", "ize", "ised", "ized", "ation"];

    /// <summary>Words that take a hyphen before another word ("self-service", "non-binding", "end-user", "third-party").</summary>
    private static readonly FrozenSet<string> HyphenatedPrefixes =
        new[] { "self", "non", "end", "cross", "dual", "third" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings that make one word with the part before the break ("end-ing", "cross-ing").</summary>
    private static readonly FrozenSet<string> Inflections =
        new[] { "s", "es", "ed", "er", "ers", "ing", "ings", "less", "ly", "e", "ce", "sense" }.ToFrozenSet(StringComparer.Ordinal);
}
