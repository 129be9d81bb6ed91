using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// What a refusal says it withholds, in English, French and German: who the customers are (products and clients), how
/// many systems and where (deployment scale), lists in the future (disclosure), and — named only, never assumed — its
/// review procedures (due diligence), safeguards (mitigation) and its plans for the business (exit and restrictions:
/// "Zu künftigen Geschäftsentscheidungen … äussern wir uns nicht"). A refusal answers the questions asking for what it
/// names — "we do not publish the number of aircraft" declines the deployment question, not the others.
/// </summary>
internal static partial class WithheldCues
{
    // "Our internal compliance processes" withholds the whole of the due diligence block: how risks are assessed, who is
    // consulted, the safeguards, the grievance channel and the policy.
    private static readonly FrozenDictionary<Topic, Func<string, bool>> ByTopic = new Dictionary<Topic, Func<string, bool>>
    {
        [Topic.ProductsAndClients] = Clients().IsMatch,
        [Topic.DeploymentScale] = Scale().IsMatch,
        [Topic.DisclosureCommitment] = Lists().IsMatch,
        [Topic.DueDiligence] = text => Reviews().IsMatch(text) || InternalProcesses().IsMatch(text),
        [Topic.StakeholderEngagement] = InternalProcesses().IsMatch,
        [Topic.Mitigation] = text => Safeguards().IsMatch(text) || InternalProcesses().IsMatch(text),
        [Topic.GrievanceMechanism] = InternalProcesses().IsMatch,
        [Topic.PolicyCommitment] = InternalProcesses().IsMatch,
        [Topic.ExitAndRestrictions] = Plans().IsMatch,
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="text"/> names something the questions expecting <paramref name="topic"/> ask for; false for topics without cues.</summary>
    public static bool Names(Topic topic, string text) => ByTopic.TryGetValue(topic, out var names) && names(text);

    [GeneratedRegex(@"\binternal\s+(?:compliance\s+|control\s+|review\s+)?(?:processes|procedures)\b|\bprocédures?\s+internes\b|\bprocessus\s+internes\b|\binterne[nr]?\s+(?:Prozesse|Verfahren|Abläufe)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalProcesses();

    // "Lists of our clients" asks for the lists (disclosure), not who the clients are.
    [GeneratedRegex(@"(?<!\b(?:lists?\s+of|listes?\s+d[e']|listen)\s+(?:(?:our|the|its|their|nos|ses|leurs|unserer|der)\s+)?(?:\w+\s+)?)\b(?:customers?|clients?|authorit(?:y|ies)|countr(?:y|ies)|end[- ]users?|identify(?:ing)?|kunden|auftraggeber|behörden|ländern?|pays|autorités|identité)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clients();

    [GeneratedRegex(@"\b(?:numbers?\s+of|how\s+many|figures|quantit(?:y|ies)|volumes?|locations?|deployments|(?:an)?zahl|stückzahlen|standorte?|nombre|combien|quantités?|localisations?|emplacements?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scale();

    [GeneratedRegex(@"\b(?:due\s+diligence\s+(?:procedures?|process(?:es)?|assessments?|findings)|risk\s+assessments?|review\s+procedures?|(?:prüf|überprüfungs)verfahren|risikoanalysen?|risikobewertungen?|procédures?\s+de\s+(?:vigilance|contrôle|due\s+diligence)|évaluations?\s+des\s+risques)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reviews();

    [GeneratedRegex(@"\b(?:safeguards|protective\s+measures|mitigation\s+measures|schutzmaßnahmen|schutzvorkehrungen|mesures\s+de\s+(?:protection|prévention|sauvegarde))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Safeguards();

    [GeneratedRegex(@"\b(?:(?:business|commercial)\s+(?:decisions?|plans|intentions)|plans\s+(?:regarding|concerning|for)\s+(?:particular|specific|individual)\s+(?:countries|markets|customers)|(?:market|commercial|business)\s+strateg(?:y|ies)|plans?\s+(?:to\s+)?(?:withdraw|exit|stop|leave)|withdraw(?:al|ing)?\s+from|geschäftsentscheidung\w*|marktstrategie\w*|geschäftsstrategie\w*|rückzug\w*|décisions?\s+commerciales?|stratégies?\s+commerciales?|retrait\s+d[eu])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plans();

    [GeneratedRegex(@"\b(?:lists?|(?:in\s+(?:the\s+)?)?future|updates?|going\s+forward|listen|künftig|zukünftig|in\s+zukunft|listes?|(?:à\s+)?l'avenir|à\s+l’avenir)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lists();
}
