using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Findings.Rules;

namespace Pipeline.Reporting.Findings;

/// <summary>Computes the notable findings of a comparison by running its rules in order. Stateless and thread-safe.</summary>
public sealed class FindingsEngine(ImmutableArray<IFindingRule> rules)
{
    /// <summary>
    /// Response rate, replies missing from the index (unreadable, or recorded and not found), replies from unlisted companies, declined questions (and whether confidentiality was cited),
    /// questions left not addressed, questions nobody answered in full, coverage of each due-diligence topic,
    /// and the companies with the most questions not addressed and answered.
    /// </summary>
    public static FindingsEngine Default { get; } = new(
    [
        new ResponseRateRule(),
        new MissingRepliesRule(),
        new UnlistedRepliesRule(),
        new DeclinedQuestionRule(),
        new NotAddressedRule(),
        new NoFullAnswerRule(),
        new TopicCoverageRule(),
        new StatusLeadersRule(StatusLeadersRule.MostNotAddressed, AnswerStatus.NotAddressed, "Most questions left not addressed"),
        new StatusLeadersRule(StatusLeadersRule.MostAnswered, AnswerStatus.Answered, "Most questions answered in full"),
    ]);

    public ImmutableArray<Finding> Find(CampaignComparison comparison)
    {
        var context = new FindingContext(comparison);
        return [.. rules.SelectMany(r => r.Find(context))];
    }
}
