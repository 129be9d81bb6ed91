using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Sentences;

/// <summary>
/// Sentences that cannot be a statement whatever their words: letterhead lines (mostly capitals, e-mail addresses,
/// phone numbers), fragments of fewer than four words, list introductions ending in a colon, questions (a reply
/// restating the questionnaire), headings (a few words without a full stop), and name, title and address lines (mostly
/// capitalised words with fewer than three lower-case ones; words are what holds a letter or digit: "General Counsel and Company Secretary, Northwind Border
/// Systems Ltd", "Level 12, 140 St Georges Terrace, Perth WA 6000, Australia").
/// </summary>
internal static partial class SentenceGuard
{
    private const int MinimumWords = 4;
    private const int HeadingWords = 7;
    private const int NameLineWords = 16;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()-]{6,}|\bwww\.|https?://", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    public static bool IsCandidate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // A dash or a bullet is no word: "Q2b – Only indirectly." is a bare answer of three.
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        var end = sentence.TrimEnd().TrimEnd('"', '”', '»', ')', '\'');
        if (words < MinimumWords || end.EndsWith(':') || end.EndsWith('?') || end.EndsWith('؟')
            || (words < HeadingWords && !end.EndsWith('.') && !end.EndsWith('!') && !end.EndsWith(';')))
        {
            return false;
        }

        var letters = sentence.Count(char.IsLetter);
        var capitals = sentence.Count(char.IsUpper);
        return letters > 0 && capitals * 2 < letters && !Contact().IsMatch(sentence) && !IsNameLine(sentence, words);
    }

    /// <summary>Three in five words or more capitalised or numbers, and fewer than three lower-case words: a name, a job title or an address, whatever its punctuation (a German sentence capitalises its nouns but has its verbs and articles in lower case).</summary>
    private static bool IsNameLine(string sentence, int words)
    {
        if (words > NameLineWords)
        {
            return false;
        }

        var starts = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('(', '"', '\'', '«', '„', '“')).Where(w => w.Length > 0).Select(w => w[0]).ToList();
        var upper = starts.Count(c => char.IsUpper(c) || char.IsDigit(c));
        var lower = starts.Count(char.IsLower);
        return lower < 3 && upper * 5 >= starts.Count * 3;
    }
}
