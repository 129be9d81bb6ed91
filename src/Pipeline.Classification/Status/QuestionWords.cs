using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Content words a sentence shares with a question, compared by their first five letters ("lists" ~ "list", "client" ~
/// "clients"), function words aside. A refusal that shares two or more with the question withholds what it asks for;
/// one about something else ("contract values, technical specifications") is a caveat beside the answer.
/// </summary>
public static partial class QuestionWords
{
    private static readonly HashSet<string> FunctionWords = new(
        ["the", "a", "an", "of", "and", "or", "to", "in", "your", "you", "our", "we", "is", "are", "be", "been", "have", "has",
         "with", "for", "on", "at", "as", "by", "that", "this", "which", "what", "any", "other", "such", "not", "will",
         "would", "can", "if", "so", "please", "it", "its", "their", "from", "into", "these", "those", "do", "does", "did",
         "how", "many", "there", "they", "them"],
        StringComparer.Ordinal);

    /// <summary>How many distinct content-word stems <paramref name="sentence"/> shares with <paramref name="question"/>.</summary>
    public static int Shared(string sentence, string question)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);
        var asked = Stems(question);
        return Stems(sentence).Count(asked.Contains);
    }

    /// <summary>The question asks for a count ("How many …", "what number of", "combien", "wie viele").</summary>
    public static bool AsksHowMany(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return HowMany().IsMatch(question);
    }

    [GeneratedRegex(@"\bhow\s+many\b|\b(?:what|the)\s+number\s+of\b|\bcombien\b|\bwie\s+viele\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowMany();

    private static HashSet<string> Stems(string text) =>
        [.. Letters().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length > 2 && !FunctionWords.Contains(w))
            .Select(w => w.Length > 5 ? w[..5] : w)];

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();
}
