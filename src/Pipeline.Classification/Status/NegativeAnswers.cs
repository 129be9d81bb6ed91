using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Answers that say no. A "no" needs no detail — the questions ask for details only "if so" — so a short answer that
/// opens with one ("No such plans at the moment.", "Not at present.") is a whole answer, where a short "yes" is not; and
/// a company that says it has no such clients cannot be expected to name their countries.
/// </summary>
public static partial class NegativeAnswers
{
    /// <summary>The answer opens with "no", "not at present", "none" (after a label such as "2b", "2.b" or "(c)").</summary>
    public static bool OpensWithNo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OpeningNo().IsMatch(text);
    }

    /// <summary>
    /// The answer opens with "no" (<see cref="OpensWithNo"/>) or with the company saying in the first person that it has
    /// not done, does not do or has none of what is asked ("We have not consulted affected communities.", "We have never
    /// supplied …", "Nous n'avons pas …", "Wir haben keine …"). A refusal to tell opens the same way; callers rule refusals
    /// out first.
    /// </summary>
    public static bool SaysNo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OpensWithNo(text) || OpeningNegation().IsMatch(text);
    }

    /// <summary>
    /// The answer says the company has carried out no human-rights due diligence or assessment of its own ("We have not
    /// carried out any human rights due diligence specific to it", "Eine gesonderte menschenrechtliche Risikoanalyse führen
    /// wir nicht durch", "Nous n'avons pas mis en place de procédure de diligence raisonnable"): a no, which answers the
    /// question however little else it says. Not "not systematically" or "no formal assessment", which admit to some.
    /// </summary>
    public static bool DeniesDueDiligence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NoDueDiligence().IsMatch(text);
    }

    /// <summary>"We do not sell to governments", "has no government clients", "beliefern keine Regierungen", "n'avons aucun client".</summary>
    public static bool DeniesClients(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OpensWithNo(text) || HasNoClients(text);
    }

    /// <summary>
    /// The text says the company has no such clients or never sold to them ("We do not sell to government clients in
    /// the region", "We have never sold anything to any government …", "n'avons aucun client"), wherever it says so.
    /// </summary>
    public static bool HasNoClients(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NoClients().IsMatch(text) || NeverSold().IsMatch(text);
    }

    [GeneratedRegex(@"\b(?:have|has)\s+never\s+(?:sold|supplied|delivered|provided)\b|\bnever\s+sold\b|\bn'avons\s+jamais\s+(?:vendu|fourni|livré)|\bhaben\s+(?:noch\s+)?nie\s+(?:\w+\s+){0,4}(?:verkauft|geliefert)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverSold();

    [GeneratedRegex(
        @"^\s*(?:\W*\w{0,4}(?:\.\w{1,2})?\W{1,3})?(?:no\b|not\s+(?:at\s+present|currently|yet|applicable)\b|none\b|nein\b|non\b|aucun\w*|keine?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningNo();

    [GeneratedRegex(
        @"^\s*(?:\W*\w{0,4}(?:\.\w{1,2})?\W{1,3})?(?:we\s+(?:(?:have|has|had|do|did|are|were)\s+(?:not|never)\b|have\s+no\b|never\b|(?:haven't|don't|didn't|aren't|weren't)\b)|nous\s+n'(?:avons|a|sommes|faisons)\s+(?:pas|jamais|aucun)|nous\s+ne\s+\w+\s+(?:pas|jamais|aucun)|wir\s+(?:haben|sind|führen|verkaufen|liefern)\s+(?:\w+\s+)?(?:keine?n?|nicht|nie)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningNegation();

    [GeneratedRegex(
        @"\b(?:do|does|did)\s+not\s+(?:sell|supply|provide|deliver)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:any\s+)?(?:governments?|government\s+(?:clients|customers|agencies)|border\s+(?:authorities|agencies)|public\s+authorities|customers|clients)\b|\bha(?:ve|s)\s+no\s+(?:\w+\s+){0,2}(?:clients?|customers?|contracts?)\b|\b(?:do|does)\s+not\s+have\s+(?:any\s+)?(?:\w+\s+){0,2}(?:clients?|customers?|contracts?)\s+(?:with|in|from)\b|\b(?:beliefern|liefern|verkaufen)\s+(?:\w+\s+)?keine\s+(?:Regierung\w*|Behörde\w*|Grenzbehörde\w*|Kunden)|\bhaben\s+keine\s+(?:\w+\s+)?(?:Kunden|Auftraggeber)|\bn'avons\s+(?:pas\s+de|aucun)\s+(?:\w+\s+)?clients?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoClients();

    [GeneratedRegex(
        @"\b(?:(?:have|has|had)\s+not\s+(?:yet\s+)?(?:carried\s+out|conducted|done|performed|undertaken|made)|(?:do|does|did)\s+not\s+(?:carry\s+out|conduct|perform|undertake))\s+(?:any\s+|a\s+)?(?:separate\s+|specific\s+|dedicated\s+)?(?:human[- ]rights?\s+(?:due\s+diligence|(?:risk\s+|impact\s+)?assessments?)|due\s+diligence)"
        + @"|\bmenschenrechtliche\s+(?:Risikoanalyse|Sorgfaltsprüfung|Prüfung|Risikoprüfung)\s+(?:\w+\s+){0,4}nicht\s+(?:durch|durchgeführt)\b|\bkeine\s+(?:gesonderte\s+|eigene\s+|spezifische\s+)?menschenrechtliche\s+(?:Risikoanalyse|Sorgfaltsprüfung|Prüfung)"
        + @"|\bn'avons\s+pas\s+(?:encore\s+)?(?:mis\s+en\s+place|mené|réalisé|effectué|conduit)\s+(?:de\s+|d')(?:\w+\s+){0,2}(?:diligence\s+raisonnable|vigilance|évaluation\s+(?:\w+\s+){0,3}droits\s+(?:humains|de\s+l'homme))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoDueDiligence();
}
