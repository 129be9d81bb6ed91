using System.Collections.Immutable;
using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>What `campaign show --json` prints: the campaign as loaded, the replies folder resolved, and the response counts.</summary>
internal sealed record CampaignView(
    string Id,
    string Title,
    string? Organisation,
    DateOnly? DateSent,
    DateOnly? DatePublished,
    string? SourceUrl,
    string? RepliesFolder,
    ImmutableArray<Question> Questions,
    ImmutableArray<CompanyView> Companies,
    ResponseSummaryView Responses)
{
    public static CampaignView From(Core.Campaigns.Campaign campaign)
    {
        var replies = campaign.RepliesFolder is { } folder && campaign.FilePath is { } file
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", folder))
            : campaign.RepliesFolder;
        return new(
            campaign.Id,
            campaign.Title,
            campaign.Organisation,
            campaign.DateSent,
            campaign.DatePublished,
            campaign.SourceUrl,
            replies,
            campaign.Questions,
            [.. campaign.Companies.Select(c => new CompanyView(c.Name, c.Aliases, c.Country, c.Status))],
            ResponseSummaryView.From(ResponseSummary.Of(campaign)));
    }
}
