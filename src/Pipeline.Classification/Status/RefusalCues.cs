using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Sentences in which a company refuses to answer, disclose or commit ("we are not able to commit to providing lists of
/// customers", "nous ne sommes pas en mesure de communiquer", "können wir keine Angaben machen"), in English, French and
/// German. A refusal is about telling, not about doing: "we do not provide surveillance solutions" is an answer, so
/// "provide" counts only with information, details, lists or names as its object.
/// </summary>
public static partial class RefusalCues
{
    /// <summary>Share of <paramref name="text"/>'s characters in sentences that refuse, 0 to 1.</summary>
    public static double Share(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        var refusing = Sentences().Split(text).Where(s => IsRefusal(s)).Sum(s => s.Length);
        return Math.Min(1.0, (double)refusing / text.Length);
    }

    public static bool IsRefusal(string sentence) =>
        English().IsMatch(sentence) || French().IsMatch(sentence) || German().IsMatch(sentence);

    [GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(
        @"\b(?:(?:are|is|am)\s+not\s+(?:able|in\s+a\s+position|permitted|authori[sz]ed|at\s+liberty)|(?:cannot|can\s*not|can't|unable|not\s+able)|(?:do|does|will|would|shall)\s+not|won't|don't|doesn't|(?:must|have\s+to|need\s+to)\s+(?:respectfully\s+)?decline|(?:respectfully\s+)?declines?|refrain(?:s)?\s+from|prevented\s+from|precluded\s+from|not\s+possible\s+(?:for\s+us\s+)?)\b[^.;!?]{0,60}?\b(?:disclos\w*|shar(?:e|ing)|comment\w*|commit\w*|publish\w*|reveal\w*|answer\w*|respond\w*|divulg\w*|releas(?:e|ing)|identify(?:ing)?\s+(?:our|the|any|specific|individual)|nam(?:e|ing)\s+(?:our|the|any|specific|individual)|provid\w*\s+(?:\w+\s+){0,3}(?:information|details|lists?|names|figures|specifics|data\s+on|further)|(?:giv\w*|offer\w*)\s+(?:\w+\s+){0,3}(?:information|details|specifics))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(
        @"\b(?:ne\s+(?:sommes|sont|pouvons|peuvent|pourrons|saurions|souhaitons)\s+(?:pas|plus)|n'(?:est|avons|étant)\s+pas|sommes\s+tenus?\s+(?:à|au)|refusons|déclinons|ne\s+\w+\s+pas\s+en\s+mesure)\b[^.;!?]{0,80}?\b(?:communiqu\w*|divulgu\w*|partag\w*|transmettre|fournir\s+(?:\w+\s+){0,3}(?:informations?|détails|listes?|noms)|commenter|répondre|révél\w*|publier|engag\w*|(?:de\s+)?confidentialité)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(
        @"\b(?:(?:können|dürfen|werden)\s+(?:wir\s+)?(?:\w+\s+){0,4}(?:keine|nicht|leider\s+nicht|leider\s+keine)|nicht\s+in\s+der\s+Lage|sehen\s+uns\s+(?:\w+\s+){0,2}außerstande|verzichten)\b[^.;!?]{0,80}?\b(?:Angaben|Auskünfte?|Auskunft|offenleg\w*|offen\s+legen|mitteil\w*|weitergeb\w*|nennen|veröffentlich\w*|Stellung\s+nehmen|äußern|Informationen|Einzelheiten|Listen|verpflicht\w*|kommentier\w*|beantwort\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();
}
