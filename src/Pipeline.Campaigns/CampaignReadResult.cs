using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Campaigns;

/// <summary>The outcome of reading a campaign file: the campaign when the file is valid, else every problem found.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Campaign">The campaign; null when <paramref name="Issues"/> is not empty.</param>
/// <param name="Issues">Problems in file order; empty when the file is valid.</param>
public sealed record CampaignReadResult(string Path, Campaign? Campaign, ImmutableArray<CampaignIssue> Issues)
{
    public bool IsValid => Campaign is not null;
}
