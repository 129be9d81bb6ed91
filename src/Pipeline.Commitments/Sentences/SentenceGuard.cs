using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Sentences;

/// <summary>
/// Sentences that cannot be a statement whatever their words: letterhead lines (mostly capitals, e-mail addresses,
/// phone numbers), fragments of fewer than four words, and list introductions ending in a colon.
/// </summary>
internal static partial class SentenceGuard
{
    private const int MinimumWords = 4;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()-]{6,}|\bwww\.|https?://", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    public static bool IsCandidate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinimumWords || sentence.TrimEnd().EndsWith(':'))
        {
            return false;
        }

        var letters = sentence.Count(char.IsLetter);
        var capitals = sentence.Count(char.IsUpper);
        return letters > 0 && capitals * 2 < letters && !Contact().IsMatch(sentence);
    }
}
