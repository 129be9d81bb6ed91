using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Web.Data;

/// <summary>Question titles of the ingested campaigns, to show "2d Grievance mechanism" where a hit or facet gives only "2d".</summary>
internal sealed class QuestionTitles(ImmutableArray<Campaign> campaigns)
{
    /// <summary>The question's short title in <paramref name="campaignId"/> (else in any campaign that has it); null when unknown.</summary>
    public string? Of(QuestionId id, string? campaignId = null) =>
        Find(id, campaigns.Where(c => string.Equals(c.Id, campaignId, StringComparison.OrdinalIgnoreCase)))
        ?? Find(id, campaigns);

    /// <summary>The campaign's title; null when it is not in the index.</summary>
    public string? Campaign(string campaignId) =>
        campaigns.FirstOrDefault(c => string.Equals(c.Id, campaignId, StringComparison.OrdinalIgnoreCase))?.Title;

    private static string? Find(QuestionId id, IEnumerable<Campaign> among) =>
        among.Select(c => c.FindQuestion(id)).FirstOrDefault(q => q is not null) is { } question
            ? question.ShortTitle ?? question.Text
            : null;
}
