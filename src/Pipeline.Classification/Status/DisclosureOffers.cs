using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Asked whether it will share updated lists in the future, what an answer offers: a sentence that promises to send,
/// share or keep the asker updated ("we will gladly send you our product catalogue each year", "nous pouvons vous
/// transmettre la liste de nos produits", "gerne stellen wir Ihnen … zur Verfügung"), unless it refuses or says not
/// before the offer ("as long as our customers do not object" after it is a condition, not a no).
/// </summary>
internal static partial class DisclosureOffers
{
    public static bool Offers(string sentence) => OfferingClauses(sentence).Any();

    /// <summary>The clauses of <paramref name="sentence"/> that offer something (split where it turns from a refusal to an offer).</summary>
    public static IEnumerable<string> OfferingClauses(string sentence) =>
        Clause().Split(sentence).Where(c => Offer().Match(c) is { Success: true } m && !Negation().IsMatch(c[..(m.Index + m.Length)]) && !RefusalCues.IsRefusal(c));

    /// <summary>
    /// A sentence that only promises to think about it ("We will consider your request for updated lists once our
    /// framework is adopted", "any future request … on a case-by-case basis"): neither an offer nor a refusal.
    /// </summary>
    public static bool OnlyConsiders(string sentence) => Considers().IsMatch(sentence) && !Offers(sentence) && !RefusalCues.IsRefusal(sentence);

    /// <summary>
    /// A sentence that puts the question off until legal proceedings are over ("We would be willing to revisit your
    /// request once the proceedings have concluded"): not now, which is a refusal of the lists asked for.
    /// </summary>
    public static bool DefersUntilProceedingsEnd(string sentence) => Defers().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:once|until|after|when)\s+(?:the\s+|these\s+|those\s+|this\s+)?(?:legal\s+)?(?:proceedings|litigation|lawsuit|case|arbitration|procédure|Verfahren)\b[^.;]{0,40}?\b(?:conclud\w*|ended|over|resolved|closed|terminé\w*|abgeschlossen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Defers();

    [GeneratedRegex(@"\b(?:will|would|shall|may)\s+(?:(?:carefully|gladly|certainly)\s+)?consider\b|\bcase[-\s]by[-\s]case\b|\bau\s+cas\s+par\s+cas\b|\bwerden\s+wir\s+(?:\w+\s+){0,3}?prüfen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Considers();

    /// <summary>Where a sentence turns from what it refuses to what it offers: "We cannot commit to lists, but we will inform you …".</summary>
    [GeneratedRegex(@",?\s+but\s+|;\s*|,\s+however,?\s+|,?\s+mais\s+|,?\s+aber\s+|,?\s+jedoch\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\b(?:will|would|can|could|shall|happy\s+to|glad\s+to|willing\s+to|prepared\s+to|ready\s+to|gladly|content\s+(?:for\s+[^.;]{0,40}?\s+)?to)\b[^.;]{0,60}?\b(?:send|share|provide|update|inform|confirm|(?:e-?)?mail|forward|report|let\s+(?:you|the\s+Resource\s+Centre|BHRRC)\s+know|keep\s+(?:you|the\s+Resource\s+Centre|BHRRC)\s+(?:informed|updated|posted)|make\s+(?:\w+\s+){0,4}?available|disclose|publish|notify)|\bnous\s+(?:pouvons|pourrons|pourrions|sommes\s+(?:prêts|disposés)|vous\s+(?:transmettrons|communiquerons|enverrons|adresserons|tiendrons))\b|\b(?:bien\s+)?volontiers\b|\b(?:informieren|unterrichten)\s+wir\s+Sie\b[^.;]{0,60}?\bgerne?\b|\b(?:gerne|gern|bereit|können\s+wir|werden\s+wir\s+Ihnen)\b[^.;]{0,80}?\b(?:zur\s+Verfügung|übermitteln|mitteilen|melden|schicken|senden|informieren|zusenden|aktualisieren)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:not|cannot|can't|unable|never|nicht|keine?n?|pas|jamais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
