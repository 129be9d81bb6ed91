using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// A general code of conduct offered as the human-rights policy: asked whether it has a human-rights policy or internal
/// process governing such sales, an answer that names only a company-wide code ("Our Code of Business Ethics … is
/// available on our website", "Unser Verhaltenskodex gilt für alle Geschäftsbereiche", "notre charte éthique engage la
/// société au respect des droits humains") — no human-rights policy or statement of its own, no approval or review
/// process, and no plain statement that it has no specific policy ("We do not have a separate human rights policy") —
/// addresses the question only in general terms: partial in the gold. On the development replies the gold marks 15 of
/// the 16 answers this finds partial (the other is an annexed policy citing an international code of conduct).
/// </summary>
public static partial class GeneralCodes
{
    /// <summary>Whether the question asks about a human-rights policy or internal process.</summary>
    public static bool PolicyIsAskedFor(string questionText)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        return AsksForPolicy().IsMatch(questionText);
    }

    /// <summary>Whether <paramref name="text"/> offers a general code and nothing more specific (see the class summary).</summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Code().IsMatch(text) && !SpecificPolicy().IsMatch(text) && !Process().IsMatch(text) && !NoSpecificPolicy().IsMatch(text);
    }

    [GeneratedRegex(@"\bhuman\s+rights\s+policy\b|\binternal\s+process\b|\bpolitique\s+(?:des\s+|relative\s+aux\s+)?droits\b|\bMenschenrechts(?:richtlinie|politik)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForPolicy();

    [GeneratedRegex(
        @"(?<!\bInternational\s)\b(?:code\s+of\s+(?:business\s+)?(?:conduct|ethics)(?:\s+and\s+ethics)?|(?:business|ethics|responsible\s+business)\s+code|Verhaltenskodex|Ethikkodex|charte\s+(?:éthique|d'éthique)|code\s+(?:de\s+conduite|d'éthique|éthique)|internal\s+charter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(
        @"\b(?:human[- ]rights?\s+(?:\w+\s+)?(?:policy|statement|commitment)|this\s+policy|Menschenrechts(?:richtlinie|politik|erklärung)|Grundsatzerklärung|politique\s+(?:des\s+|relative\s+aux\s+)?droits\s+(?:humains|de\s+l'homme)|plan\s+de\s+vigilance|responsible\s+(?:sales|use|ai)\s+(?:policy|procedure|framework))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecificPolicy();

    [GeneratedRegex(
        @"\b(?:approv\w*|sign-?off|signed\s+off|committee|board|authori[sz]\w*|review\w*|procedure|Genehmigung|genehmig\w*|freizugeben|Freigabe|Weisung|Vorstand|Geschäftsleitung|comité|accord\s+préalable|approbation|avis)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Process();

    [GeneratedRegex(
        @"\b(?:no\s+(?:separate|specific|stand-?alone|formal|written|dedicated)|not\s+have\s+a\s+(?:separate|specific|stand-?alone|formal|written)|(?:do|does)\s+not\s+have|keine\s+(?:gesonderte|eigene|spezifische)|besteht\s+(?:derzeit\s+)?nicht|pas\s+de\s+politique|n'avons\s+pas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoSpecificPolicy();
}
