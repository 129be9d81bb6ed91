using System.Collections.Immutable;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Findings.Rules;

/// <summary>
/// Per due-diligence topic: "2 of 5 respondents describe a grievance mechanism: …", counting a respondent when at
/// least one of its passages is classified under the topic. The catch-all topic "other" says nothing and is skipped.
/// </summary>
internal sealed class TopicCoverageRule : IFindingRule
{
    public const string Id = "topic-coverage";

    /// <summary>What a respondent covering the topic does, as a plural verb phrase.</summary>
    private static readonly ImmutableDictionary<Topic, string> VerbPhrases = new Dictionary<Topic, string>
    {
        [Topic.ProductsAndClients] = "name the products they supply or their clients",
        [Topic.DeploymentScale] = "give figures on deployments",
        [Topic.DisclosureCommitment] = "address sharing updated product and client lists",
        [Topic.DueDiligence] = "describe human-rights due diligence",
        [Topic.StakeholderEngagement] = "describe consulting affected communities",
        [Topic.Mitigation] = "describe safeguards against misuse",
        [Topic.GrievanceMechanism] = "describe a grievance mechanism",
        [Topic.PolicyCommitment] = "cite a human-rights policy or commitment",
        [Topic.ExitAndRestrictions] = "mention stopping or restricting sales",
        [Topic.ExportControl] = "refer to export controls",
        [Topic.ConfidentialityDecline] = "invoke confidentiality",
    }.ToImmutableDictionary();

    public IEnumerable<Finding> Find(FindingContext context)
    {
        var total = context.Respondents.Length;
        if (total == 0)
        {
            yield break;
        }

        foreach (var topic in context.View.Topics.Where(VerbPhrases.ContainsKey))
        {
            var covering = FindingContext.Names(context.Respondents.Where(c => context.View.Cell(c, topic).Passages > 0));
            var phrase = VerbPhrases[topic];
            var text = covering.Length switch
            {
                0 => $"None of the {total} respondents {phrase}.",
                _ when covering.Length == total && total > 1 => $"All {total} respondents {phrase}.",
                1 => $"1 of {total} respondents {Phrases.ThirdPersonSingular(phrase)}: {covering[0]}.",
                _ => $"{covering.Length} of {total} respondents {phrase}: {Phrases.List(covering)}.",
            };
            yield return new Finding(Id, text) { Companies = covering, Topic = topic };
        }
    }
}
