using System.Text.RegularExpressions;

namespace Pipeline.Classification.Routing;

/// <summary>
/// A section title under which a letter presents the company ("Who we are", "About us", "About Dunlevin", "Company
/// profile", "Qui sommes-nous ?", "Présentation de la société", "Über uns", "Unser Unternehmen"): what follows it
/// describes the company and answers no question, whatever products or places it mentions. On dev … dev14 seven sections
/// had such a title and every paragraph under them was general in the gold.
/// </summary>
internal static partial class IntroductionTitles
{
    /// <summary>Whether <paramref name="title"/> (a section's heading) introduces the company.</summary>
    public static bool Is(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Length <= 60 && Title().IsMatch(title.Trim());
    }

    [GeneratedRegex(
        @"^(?:\d+[.)]?\s*)?(?:who\s+we\s+are|about\s+us|about\s+(?:the\s+)?(?:company|group)|about\s+(?-i:\p{Lu})[\w&.'-]*(?:\s+(?-i:\p{Lu})[\w&.'-]*){0,2}|our\s+company|(?:company|corporate)\s+(?:profile|overview)|qui\s+sommes[- ]nous|présentation\s+(?:de\s+(?:la\s+société|l'entreprise|notre\s+(?:société|entreprise|groupe))|du\s+groupe)|notre\s+(?:société|entreprise|groupe)|über\s+uns|(?:unser|zum)\s+unternehmen|unternehmensprofil|das\s+unternehmen)\s*[.:?]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
