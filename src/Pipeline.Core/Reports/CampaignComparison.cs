using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Reports;

/// <summary>
/// Everything a comparison or report shows for one campaign: every company approached (non-responders included)
/// against every question (status, topics, answers with provenance) and every topic (passage counts). Immutable.
/// </summary>
public sealed record CampaignComparison(
    Campaign Campaign,
    ImmutableArray<CompanyEntry> Companies,
    ImmutableArray<QuestionCell> QuestionCells,
    ImmutableArray<TopicCell> TopicCells)
{
    /// <summary>When the comparison was made (UTC).</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Reply files that could not be read and whose company neither their name, folder nor a manifest tells: in no company's row.</summary>
    public ImmutableArray<UnreadReply> UnattributedUnread { get; init; } = [];

    /// <summary>The campaign's commitments, claims and refusals with their follow-up; null when not computed.</summary>
    public CommitmentLedger? Commitments { get; init; }

    public QuestionCell? Cell(string company, QuestionId question) =>
        QuestionCells.FirstOrDefault(c => c.Company == company && c.Question == question);

    public TopicCell? Cell(string company, Topic topic) =>
        TopicCells.FirstOrDefault(c => c.Company == company && c.Topic == topic);
}
