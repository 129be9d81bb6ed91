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

    /// <summary>
    /// Reference documents beside the campaign (<c>references/</c>), named <c>&lt;owner&gt; - &lt;title&gt;.&lt;ext&gt;</c>:
    /// the public policies and templates its replies may copy.
    /// </summary>
    public static string References(Campaign campaign) => Path.Combine(Folder(campaign), "references");

    /// <summary>The owner a reference file's name gives: the part before the first " - ".</summary>
    public static string ReferenceOwner(string file) => Path.GetFileNameWithoutExtension(file).Split(" - ")[0].Trim();

    /// <summary>The gold annotations folder used by the evaluations: <c>gold</c> beside the campaign file.</summary>
    public static string Gold(Campaign campaign) => Path.Combine(Folder(campaign), "gold");
}
