using System.Collections.Frozen;

namespace Pipeline.Search.Analysis;

/// <summary>
/// Tells English, French and Arabic text apart without any external service: the share of Arabic-script letters,
/// then the frequency of each language's most common function words. Thread-safe.
/// </summary>
/// <remarks>
/// Function words are nearly half of any running text and differ between English and French, so a few sentences
/// suffice; words both languages share ("on", "a", "son") are left out of both lists.
/// </remarks>
public static class LanguageDetector
{
    /// <summary>Share of letters in Arabic script above which text is Arabic (quoted Latin names stay below it).</summary>
    public const double ArabicScriptShare = 0.3;

    /// <summary>Function-word hits below which the text is too short to decide.</summary>
    public const int MinimumEvidence = 2;

    private static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "the", "and", "of", "to", "is", "are", "that", "this", "with", "for", "our", "we", "have", "has", "not",
        "by", "which", "be", "been", "it", "its", "as", "from", "in", "was", "were", "will", "would", "any", "or",
        "these", "those", "their", "they", "there", "at", "an", "all", "such", "do", "does", "can", "should",
    ]);

    private static readonly FrozenSet<string> French = FrozenSet.ToFrozenSet(
    [
        "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "que", "qui", "dans", "pour", "pas", "sur",
        "au", "aux", "avec", "nous", "notre", "nos", "ce", "cette", "ces", "ses", "sont", "par", "ou", "à", "être",
        "été", "leur", "leurs", "il", "elle", "ne", "plus", "se", "d", "l", "qu", "n", "c", "vos", "votre",
    ]);

    /// <summary>"en", "fr" or "ar"; null when the text is too short or matches neither language clearly.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ArabicShare(text) >= ArabicScriptShare)
        {
            return "ar";
        }

        var (english, french) = CountFunctionWords(text);
        if (english + french < MinimumEvidence)
        {
            return null;
        }

        // A clear majority is required: a French quotation in an English letter must not flip the segment.
        return english >= 2 * french ? "en" : french >= 2 * english ? "fr" : null;
    }

    private static double ArabicShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (IsArabicScript(c))
            {
                arabic++;
            }
        }

        return letters == 0 ? 0 : (double)arabic / letters;
    }

    private static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static (int English, int French) CountFunctionWords(string text)
    {
        int english = 0, french = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                english += English.Contains(word) ? 1 : 0;
                french += French.Contains(word) ? 1 : 0;
                start = -1;
            }
        }

        return (english, french);
    }
}
