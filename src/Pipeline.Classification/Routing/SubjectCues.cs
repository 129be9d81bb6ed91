using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The words that name a question's subject outright, in English, French and German: "due diligence" (the due
/// diligence question), "human rights policy" (the policy question), "grievance mechanism", "whistleblowing" (the
/// grievance question). A paragraph that names one speaks to that question, whatever its main topic — "we do not have a
/// written human rights policy or a due diligence process" answers both. On the independent dev, dev2 and dev3 replies'
/// unmarked paragraphs these words stood in 47 paragraphs whose gold lists the question and in 4 whose gold does not.
/// </summary>
internal static partial class SubjectCues
{
    private static readonly FrozenDictionary<Topic, Regex> ByTopic = new Dictionary<Topic, Regex>
    {
        [Topic.DueDiligence] = DueDiligence(),
        [Topic.PolicyCommitment] = Policy(),
        [Topic.GrievanceMechanism] = Grievance(),
    }.ToFrozenDictionary();

    /// <summary>The topics of <paramref name="topics"/> whose subject <paramref name="text"/> names.</summary>
    public static IEnumerable<Topic> Named(IEnumerable<Topic> topics, string text) =>
        topics.Where(t => ByTopic.TryGetValue(t, out var cue) && cue.IsMatch(text));

    [GeneratedRegex(@"\bdue[- ]diligence\b|\bdiligence\s+raisonnable\b|\bdevoir\s+de\s+vigilance\b|\bsorgfaltspflicht|\bsorgfaltsprüfung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueDiligence();

    [GeneratedRegex(@"\bhuman[- ]rights?\s+(?:policy|statement)\b|\bpolitique\s+(?:des\s+|en\s+matière\s+de\s+)?droits\s+(?:de\s+l'homme|humains)\b|\bmenschenrechts(?:politik|richtlinie|strategie)|\bgrundsatzerklärung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Policy();

    [GeneratedRegex(@"\bgrievance|\bwhistle-?blow|\bcomplaints?\s+(?:mechanism|procedure|channel)|\bhotline\b|\bspeak[- ]up\b|\bombuds|\bmécanisme\s+d'alerte|\bdispositif\s+d'alerte|\bbeschwerde(?:mechanismus|verfahren|stelle)|\bhinweisgeber", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grievance();
}
