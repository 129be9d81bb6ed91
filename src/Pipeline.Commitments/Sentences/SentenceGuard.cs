using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Sentences;

/// <summary>
/// Sentences that cannot be a statement whatever their words: letterhead lines (mostly capitals, e-mail addresses,
/// phone numbers), fragments of fewer than four words, list introductions ending in a colon, questions (a reply
/// restating the questionnaire), and headings (a few words without a full stop).
/// </summary>
internal static partial class SentenceGuard
{
    private const int MinimumWords = 4;
    private const int HeadingWords = 7;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()-]{6,}|\bwww\.|https?://", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    public static bool IsCandidate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var end = sentence.TrimEnd().TrimEnd('"', '”', '»', ')', '\'');
        if (words < MinimumWords || end.EndsWith(':') || end.EndsWith('?') || end.EndsWith('؟')
            || (words < HeadingWords && !end.EndsWith('.') && !end.EndsWith('!') && !end.EndsWith(';')))
        {
            return false;
        }

        var letters = sentence.Count(char.IsLetter);
        var capitals = sentence.Count(char.IsUpper);
        return letters > 0 && capitals * 2 < letters && !Contact().IsMatch(sentence);
    }
}
