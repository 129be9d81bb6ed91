using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Sentences in which a company refuses to answer, disclose or commit ("we are not able to commit to providing lists of
/// customers", "project lists are not ours to share", "nous ne sommes pas en mesure de communiquer", "können wir keine
/// Angaben machen"), in English, French and German. A refusal is about telling, not about doing: "we do not provide
/// surveillance solutions" is an answer, so "provide" counts only with information, details, lists, names or figures as
/// its object, and "identify" or "name" only with customers, countries or agencies ("our cameras do not identify
/// individuals" is about the product).
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

        var refusing = RefusingSentences(text).Sum(s => s.Length);
        return Math.Min(1.0, (double)refusing / text.Length);
    }

    /// <summary>The sentences of <paramref name="text"/> that refuse, in order.</summary>
    public static IEnumerable<string> RefusingSentences(string text) => Routing.Sentences.Of(text).Where(IsRefusal);

    public static bool IsRefusal(string sentence) =>
        English().IsMatch(sentence) || EnglishFigures().IsMatch(sentence) || French().IsMatch(sentence) || German().IsMatch(sentence) || GermanWithheld().IsMatch(sentence)
        || AskedForThenRefused().IsMatch(sentence);

    /// <summary>The sentence refuses to give figures, numbers, counts or a breakdown ("We are not able to give numbers of sensors by site."); English, as <see cref="EnglishFigures"/> is.</summary>
    public static bool WithholdsFigures(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return EnglishFigures().IsMatch(sentence) && Figures().IsMatch(sentence);
    }

    [GeneratedRegex(@"\b(?:figures?|numbers?|counts?|breakdown)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(
        @"\b(?:(?:are|is|am)\s+not\s+(?:able|in\s+a\s+position|permitted|authori[sz]ed|at\s+liberty)|(?:are|is)\s+not\s+(?:ours|for\s+us)(?=\s+to\b)|(?:cannot|can\s*not|can't|unable|not\s+able)|(?:do|does|will|would|shall)\s+not|would\s+rather\s+not|won't|don't|doesn't|(?:must|have\s+to|need\s+to)\s+(?:respectfully\s+)?decline|(?:respectfully\s+)?declines?|refrain(?:s)?\s+from|prevented\s+from|precluded\s+from|not\s+possible\s+(?:for\s+us\s+)?)\b[^.;!?]{0,60}?\b(?:disclos\w*|shar(?:e|ing)\b|comment\w*|commit\w*|publish\w*|reveal\w*|answer\w*|respond\w*|divulg\w*|releas(?:e|ing)|(?:identify(?:ing)?|nam(?:e|ing))\s+(?:(?:our|the|any|specific|individual|these|those)\s+)?(?:\w+\s+){0,2}(?:customers?|clients?|countr(?:y|ies)|agenc(?:y|ies)|end[- ]users?|authorit(?:y|ies)|governments?|buyers?|partners?|integrators?|them)\b|(?:provid|send)\w*\s+(?:\w+\s+){0,3}(?:information|details|lists?|names|figures|specifics|data\s+on|further)|promis(?:e|ing)\b|(?:giv\w*|offer\w*)\s+(?:\w+\s+){0,3}(?:information|details|specifics))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(
        @"\bne\s+(?:communiquons|divulguons)\s+(?:pas|jamais)\b|\b(?:ne\s+(?:sommes|sont|peut|pouvons|peuvent|pourrons|saurions|souhaitons)\s+(?:pas|plus)|ne\s+(?:peut|pouvons|peuvent)\s+(?=s'engager)|n'(?:est|avons|étant)\s+pas|sommes\s+tenus?\s+(?:à|au)|refusons|déclinons|ne\s+\w+\s+pas\s+en\s+mesure)\b[^.;!?]{0,80}?\b(?:communiqu\w*|divulgu\w*|partag\w*|transmettre|fournir\s+(?:\w+\s+){0,3}(?:informations?|détails|listes?|noms)|commenter|répondre|révél\w*|publier|engag\w*|(?:de\s+)?confidentialité)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(
        @"\b(?:(?:können|dürfen|werden)\s+(?:wir\s+)?(?:\w+\s+){0,4}(?:keine|nicht|leider\s+nicht|leider\s+keine)|nicht\s+in\s+der\s+Lage|sehen\s+uns\s+(?:\w+\s+){0,2}außerstande|verzichten)\b[^.;!?]{0,80}?\b(?:Angaben|Auskünfte?|Auskunft|offenleg\w*|offen\s+legen|mitteil\w*|weitergeb\w*|nennen|veröffentlich\w*|Stellung\s+nehmen|äußern|Informationen|Einzelheiten|Listen|verpflicht\w*|kommentier\w*|beantwort\w*|zusag\w*|eingehen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();

    /// <summary>"cannot provide this figure", "not able to give numbers of sensors": a figure or list asked for and not given.</summary>
    [GeneratedRegex(
        @"\b(?:cannot|can\s*not|can't|unable\s+to|not\s+able\s+to|(?:are|is)\s+not\s+in\s+a\s+position\s+to)\s+(?:\w+\s+){0,3}(?:provid\w*|giv\w*|supply|state|confirm)\s+(?:\w+\s+){0,4}(?:figures?|numbers?|lists?|names?|breakdown|counts?|this)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFigures();

    /// <summary>"Kundenlisten sagen wir nicht zu", "können wir Ihnen nicht zur Verfügung stellen": a German refusal with the verb first.</summary>
    [GeneratedRegex(
        @"\b(?:sagen|stellen|geben|nennen|teilen)\s+wir\s+(?:\w+\s+){0,6}(?:nicht|keine)\s+(?:zu|zur\s+Verfügung|an|mit|bekannt)\b|\b(?:können|werden|dürfen)\s+wir\s+(?:Ihnen\s+)?(?:\w+\s+){0,6}nicht\s+zur\s+Verfügung\s+stellen",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanWithheld();

    /// <summary>
    /// What was asked for first, the refusal after it: "For updated lists of customers, this is not possible for us", "Zu
    /// weiteren Angaben … sowie zur künftigen Übermittlung von Kundenlisten sind wir … nicht in der Lage"; and "Keine
    /// Angabe." alone in an answer's place.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:lists?|names)\b[^.;!?]{0,80}?\b(?:is|are|would\s+be)\s+not\s+possible\b|\b(?:Angaben|Übermittlung|Offenlegung|Listen|Auskünften?)\b[^.;!?]{0,100}?\bnicht\s+in\s+der\s+Lage\b|^\s*Keine\s+Angaben?\s*\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedForThenRefused();
}
