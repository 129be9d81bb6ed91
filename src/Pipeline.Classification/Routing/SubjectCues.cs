using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The words that name a question's subject outright, in English, French and German: "due diligence" (the due
/// diligence question), "human rights policy" (the policy question), "grievance mechanism", "whistleblowing" (the
/// grievance question), and a promise to tell the asker ("we will let you know", "we would be glad to inform you",
/// "nous vous en informerions", "informieren wir Sie"; not "we cannot tell you") the disclosure question, and a plan
/// (or none) to stop selling ("we have no plans to withdraw from the region", "nous n'envisageons pas de cesser",
/// "einen Rückzug … planen wir nicht") question 3. A paragraph that names one speaks to that question, whatever its main topic — "we do not have a
/// written human rights policy or a due diligence process" answers both. On the independent dev, dev2 and dev3 replies'
/// unmarked paragraphs the subject words stood in 47 paragraphs whose gold lists the question and in 4 whose gold does
/// not; the promise to inform in 13 with the disclosure question and 1 without (counted with a Python port of the
/// pattern, the negations checked by a second pattern); the plan to stop selling in 120 paragraphs of dev … dev14 whose
/// gold lists question 3 and in 1 whose gold does not (English), and in 37 and 0 (French and German).
/// </summary>
internal static partial class SubjectCues
{
    private static readonly FrozenDictionary<Topic, Func<string, bool>> ByTopic = new Dictionary<Topic, Func<string, bool>>
    {
        [Topic.DueDiligence] = text => DueDiligence().IsMatch(text) || ChecksCustomers(text),
        [Topic.PolicyCommitment] = Policy().IsMatch,
        [Topic.GrievanceMechanism] = Grievance().IsMatch,
        [Topic.DisclosureCommitment] = PromiseToInform().IsMatch,
        [Topic.ExitAndRestrictions] = Withdrawal().IsMatch,
    }.ToFrozenDictionary();

    /// <summary>The topics of <paramref name="topics"/> whose subject <paramref name="text"/> names.</summary>
    public static IEnumerable<Topic> Named(IEnumerable<Topic> topics, string text) =>
        topics.Where(t => ByTopic.TryGetValue(t, out var names) && names(text));

    /// <summary>
    /// A check of customers before a sale ("our compliance team is doing compliance check of the company", "know-your-customer
    /// checks", "every tender in the region is reviewed by …", "prüfen wir stets sorgfältig, bevor …") is due diligence in
    /// all but name — unless the paragraph is about whether to stop selling, where a review case by case is the answer
    /// to that question. On dev … dev14 such a check stood in 43 paragraphs whose gold lists question 2a and in 3 whose
    /// gold does not.
    /// </summary>
    private static bool ChecksCustomers(string text) => Checks().IsMatch(text) && !Withdrawal().IsMatch(text);

    [GeneratedRegex(@"\b(?:compliance\s+checks?|know[- ]your[- ]customer|KYC|(?:customer|end[- ]user)\s+(?:screening|checks?|vetting)|screen(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:customers?|end[- ]users?|buyers?|distributors?)|(?:every|each|all)\s+(?:\w+\s+){0,3}(?:tenders?|orders?|sales?|contracts?|offers?|projects?|enquir\w+|requests?)\s+(?:\w+\s+){0,6}(?:is|are)\s+(?:\w+\s+)?(?:reviewed|assessed|screened|checked|examined)|prüfen\s+wir|geprüft|Prüfung\s+(?:des|der)\s+(?:Kunden|Endverw\w+)|vérifi\w+\s+(?:\w+\s+){0,3}(?:clients?|utilisateurs?)|examin\w+\s+(?:\w+\s+){0,3}(?:demandes?|commandes?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Checks();

    [GeneratedRegex(@"\bdue[- ]diligence\b|\bdiligence\s+raisonnable\b|\bdevoir\s+de\s+vigilance\b|\bsorgfaltspflicht|\bsorgfaltsprüfung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueDiligence();

    [GeneratedRegex(@"\bhuman[- ]rights?\s+(?:policy|statement)\b|\bpolitique\s+(?:des\s+|en\s+matière\s+de\s+)?droits\s+(?:de\s+l'homme|humains)\b|\bmenschenrechts(?:politik|richtlinie|strategie)|\bgrundsatzerklärung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Policy();

    [GeneratedRegex(@"(?<!\b(?:not|cannot|can't|unable\s+to|never)\s+(?:\w+\s+)?)\b(?:let\s+you\s+know|tell\s+you\b|inform\s+you\b|keep\s+you\s+(?:informed|updated|posted)|update\s+(?:you|the\s+Resource\s+Centre|BHRRC)\b|inform\s+(?:the\s+Resource\s+Centre|BHRRC)\b)|(?<!\bpas\s+)\bvous\s+(?:en\s+)?(?:informer|tenir\s+inform|tiendrons\s+inform|tiendrions\s+inform)\w*|\bvous\s+en\s+informerions\b|\binformieren\s+wir\s+Sie\b(?!\s+nicht)|\bSie\s+(?:zu\s+)?informieren\b|\bteilen\s+wir\s+(?:es\s+)?Ihnen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromiseToInform();

    [GeneratedRegex(@"\b(?:plan(?:s|ned|ning)?|intend\w*|intention)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:stop|ceas|withdraw|exit|discontinu)\w*\b|\bstop\s+(?:selling|supplying|sales|deliver\w*)|\bcease\s+(?:selling|supplying|sales|to\s+supply|to\s+sell)|\bcesser\b|\barrêter\s+(?:nos|ces|les|de)\b|\bmettre\s+fin\s+à\s+(?:ce|cette|nos|notre|ces)\b|\b(?:se|nous)\s+retirer\b|\bretrait\s+(?:de|du|des)\b|\brückzug|\bzurückzuziehen|\bzurückziehen|\b(?:lieferung\w*|belieferung|vertrieb|verkauf\w*|geschäft\w*|zusammenarbeit|ausfuhr\w*)\s+(?:\w+\s+){0,5}einzustellen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Withdrawal();

    [GeneratedRegex(@"\bgrievance|\bwhistle-?blow|\bcomplaints?\s+(?:mechanism|procedure|channel)|\bhotline\b|\bspeak[- ]up\b|\bombuds|\bmécanisme\s+d'alerte|\bdispositif\s+d'alerte|\bbeschwerde(?:mechanismus|verfahren|stelle)|\bhinweisgeber", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grievance();
}
