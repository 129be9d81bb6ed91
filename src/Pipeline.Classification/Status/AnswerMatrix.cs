using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Classification.Status;

/// <summary>Answer status of every company × question of a campaign. Immutable.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Companies">Companies in campaign order, then companies found only in replies (unlisted), by name.</param>
/// <param name="Questions">Questions in questionnaire order.</param>
/// <param name="Cells">One per company × question, company-major.</param>
/// <param name="UnattributedReplies">Replies whose company could not be determined; they are in no row.</param>
public sealed record AnswerMatrix(
    string CampaignId,
    ImmutableArray<string> Companies,
    ImmutableArray<QuestionId> Questions,
    ImmutableArray<AnswerStatusCell> Cells,
    int UnattributedReplies)
{
    /// <summary>The status of <paramref name="company"/> (campaign name, any case) for <paramref name="question"/>; null when either is not in the matrix.</summary>
    public AnswerStatus? Status(string company, QuestionId question) =>
        Cells.FirstOrDefault(c => string.Equals(c.Company, company, StringComparison.OrdinalIgnoreCase) && c.Question == question)?.Status;

    /// <summary>How many cells have each status.</summary>
    public ImmutableSortedDictionary<AnswerStatus, int> Counts =>
        Cells.GroupBy(c => c.Status).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
}
