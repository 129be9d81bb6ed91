using System.Collections.Frozen;

namespace Pipeline.Segmentation.Text;

/// <summary>The words that carry meaning in a sentence: folded, stop words dropped, lightly stemmed (English and French).</summary>
internal static class ContentWords
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "and", "for", "are", "was", "were", "with", "that", "this", "these", "those", "from", "into", "any", "all",
        "you", "your", "our", "its", "their", "they", "them", "has", "have", "had", "not", "but", "can", "could", "would",
        "should", "will", "shall", "may", "such", "other", "which", "who", "whom", "what", "when", "where", "how", "why",
        "does", "did", "doing", "done", "been", "being", "please", "also", "well", "there", "here", "than", "then", "some",
        "more", "most", "much", "many", "each", "per", "via", "yes", "etc", "i.e", "e.g", "if", "so", "of", "to", "in",
        "on", "or", "as", "at", "by", "an", "a", "is", "be", "it", "we", "us", "do", "no", "company", "subsidiary",
        "les", "des", "une", "est", "sont", "pour", "par", "dans", "sur", "avec", "aux", "que", "qui", "nous", "vous",
        "votre", "vos", "notre", "nos", "leur", "leurs", "ces", "cette", "ses", "son", "sa", "ou", "et", "la", "le", "de",
        "du", "en", "au", "il", "elle", "ils", "pas", "ne", "plus", "tout", "tous", "entreprise", "societe", "filiale",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The content words of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static IEnumerable<string> Of(string text)
    {
        foreach (var word in TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 3 || StopWords.Contains(word) || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            yield return Stem(word);
        }
    }

    /// <summary>A crude suffix stripper: enough to make "consultations" meet "consultation" and "identifying" meet "identify".</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("ations", ""), ("ation", ""), ("ments", "ment"), ("ities", "it"), ("ity", "it"), ("ies", "y"),
        ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", ""),
    ];
}
