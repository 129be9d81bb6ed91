using Pipeline.Core.Campaigns;

namespace Pipeline.Reporting.Json;

/// <summary>The campaign a JSON comparison describes.</summary>
internal sealed record JsonCampaign(string Id, string Title, string? Organisation, DateOnly? DateSent, DateOnly? DatePublished, string? SourceUrl)
{
    public static JsonCampaign From(Campaign c) => new(c.Id, c.Title, c.Organisation, c.DateSent, c.DatePublished, c.SourceUrl);
}
