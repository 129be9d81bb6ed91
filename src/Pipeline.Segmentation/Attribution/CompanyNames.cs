using System.Collections.Frozen;
using Pipeline.Segmentation.Text;

namespace Pipeline.Segmentation.Attribution;

/// <summary>Company names reduced to the words that identify them: folded, legal forms ("Ltd", "GmbH", "Group") dropped.</summary>
public static class CompanyNames
{
    private static readonly FrozenSet<string> LegalForms = new[]
    {
        "ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "ag", "sa", "sas", "spa", "srl", "bv", "nv", "corp",
        "corporation", "co", "company", "group", "groupe", "holding", "holdings", "the", "se", "kg", "oy", "ab", "as",
        "oyj", "asa", "aps", "kgaa", "mbh", "sarl", "sl", "llp", "ltda", "lda", "kft", "pty", "pte", "wll", "fze", "fzco", "jsc",
        "pvt", "sdn", "bhd", "sia", "uab", "psc", "zrt", "nyrt", "ooo", "eood", "tbk", "saog", "saoc", "sae", "pjsc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The identifying words of a name: "Thales Group" → [thales]; "G4S plc" → [g4s].</summary>
    public static string[] Key(string name)
    {
        var words = Words(name);
        var kept = words.Where(w => !LegalForms.Contains(w)).ToArray();
        return kept.Length > 0 ? kept : words;
    }

    /// <summary>
    /// The keys a name is recognised by: its identifying words, and for names of three words or more their first two
    /// words ("Soverign Global" for "Soverign Global Solutions Ltd"), as people shorten long names in file names.
    /// </summary>
    public static IEnumerable<string[]> Keys(string name)
    {
        var key = Key(name);
        yield return key;
        if (key.Length >= 3 && key[0].Length >= 4)
        {
            yield return key[..2];
        }
    }

    /// <summary>Folded words of any text (a file name, a letterhead line).</summary>
    public static string[] Words(string text) => TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether <paramref name="key"/> occurs as consecutive whole words in <paramref name="words"/>, allowing one
    /// typing slip in words of six letters or more ("Soverign" for "Sovereign").
    /// </summary>
    public static bool Occurs(string[] key, string[] words)
    {
        if (key.Length == 0 || key.Length > words.Length)
        {
            return false;
        }

        for (var start = 0; start + key.Length <= words.Length; start++)
        {
            var all = true;
            for (var k = 0; k < key.Length && all; k++)
            {
                all = WordsMatch(key[k], words[start + k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordsMatch(string expected, string actual) =>
        expected == actual || (expected.Length >= 6 && actual.Length >= 5 && EditDistance.AtMostOne(expected, actual));
}
