using System.Collections.Frozen;

namespace Pipeline.Commitments.Sentences;

/// <summary>
/// Splits a passage into sentences for English, French and German letters: at '.', '!', '?' (and '؟', '۔') followed by
/// a space and a capital, quote, digit or bracket, and at line breaks; not after abbreviations ("e.g.", "Mr.", "Art.",
/// "z. B.", "Nr."), initials, ordinals of German dates ("31. Dezember") or a list label ("1.", "a)").
/// </summary>
/// <remarks>Each sentence is a span of the passage, trimmed of surrounding white space: its text is a verbatim substring.</remarks>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof",
        "inc", "ltd", "co", "corp", "s.a", "n.v", "b.v", "plc", "st", "vs", "cf", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "z.b", "b", "d.h", "u.a", "bzw", "ggf",
        "vgl", "ca", "inkl", "evtl", "mio", "mrd", "m", "mme", "cie", "av", "env", "c.-à-d", "u.s", "u.k", "e.u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations only before a number ("No. 5", "Art. 3", "p. 12"): "no." before a word ends a sentence.</summary>
    private static readonly FrozenSet<string> BeforeNumbers = new[] { "no", "nos", "nr", "art", "arts", "p", "pp", "para", "paras", "s", "abs", "ziff", "sec", "ch", "vol", "fig" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GermanMonths = new[]
    {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<SentenceSpan> Split(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var spans = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < passage.Length; i++)
        {
            var c = passage[i];
            if (c == '\n')
            {
                Add(passage, start, i, spans);
                start = i + 1;
            }
            else if (IsTerminal(c) && EndsSentence(passage, i))
            {
                var end = i + 1;
                while (end < passage.Length && IsClosing(passage[end]))
                {
                    end++;
                }

                Add(passage, start, end, spans);
                start = end;
                i = end - 1;
            }
        }

        Add(passage, start, passage.Length, spans);
        return spans;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '؟' or '۔';

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or '”' or '’' or '»' or ']';

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && IsClosing(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t' or '\u00a0')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var following = text[next];
        var startsSentence = char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '«' or '(' or '„' or '‘'
            || char.GetUnicodeCategory(following) == System.Globalization.UnicodeCategory.OtherLetter;
        // A closing quote or bracket after the stop ("no.") ends the sentence whatever the word before it.
        var closed = next > i + 1 && text[i + 1] != ' ';
        return startsSentence && (text[i] != '.' || closed || !IsAbbreviationOrLabel(text, i, next));
    }

    private static string NextWord(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[from..end];
    }

    /// <summary>True when the word before the full stop is an abbreviation, an initial, a list label, or a German ordinal day before a month.</summary>
    private static bool IsAbbreviationOrLabel(string text, int dot, int next)
    {
        var nextWord = NextWord(text, next);
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || (BeforeNumbers.Contains(word) && char.IsDigit(text[next])))
        {
            return true;
        }

        if (word.All(char.IsDigit))
        {
            // "31. Dezember 2023" is a German date; "1." at the start of a passage is a list label.
            return GermanMonths.Contains(nextWord) || (word.Length <= 2 && text[..wordStart].Trim().Length == 0);
        }

        return false;
    }

    private static void Add(string passage, int start, int end, List<SentenceSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(passage[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(passage[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new SentenceSpan(start, end - start));
        }
    }
}
