using Pipeline.Core.Campaigns;

namespace Pipeline.Workflows;

/// <summary>Where a campaign's files live, relative to its campaign file.</summary>
public static class CampaignPaths
{
    /// <summary>The folder holding the campaign file; the working folder when the campaign was not loaded from a file.</summary>
    public static string Folder(Campaign campaign) =>
        campaign.FilePath is { } file ? Path.GetDirectoryName(Path.GetFullPath(file))! : Directory.GetCurrentDirectory();

    /// <summary>The replies folder (the campaign's <c>replies</c> setting, default <c>replies</c>).</summary>
    public static string Replies(Campaign campaign) => Path.Combine(Folder(campaign), campaign.RepliesFolder ?? "replies");

    /// <summary>The gold annotations folder used by the evaluations: <c>gold</c> beside the campaign file.</summary>
    public static string Gold(Campaign campaign) => Path.Combine(Folder(campaign), "gold");
}
