using System.Collections.Immutable;
using Pipeline.Campaigns;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>What `campaign validate --json` prints.</summary>
internal sealed record CampaignValidationView(string File, bool Valid, int Questions, int Companies, ImmutableArray<CampaignIssue> Errors)
{
    public static CampaignValidationView From(CampaignReadResult result) =>
        new(result.Path, result.IsValid, result.Campaign?.Questions.Length ?? 0, result.Campaign?.Companies.Length ?? 0, result.Issues);
}
