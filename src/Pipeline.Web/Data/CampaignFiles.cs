using Pipeline.Workflows;

namespace Pipeline.Web.Data;

/// <summary>
/// The files an index keeps for one campaign (<c>campaigns/&lt;id&gt;.*</c>: the campaign, its registry, its
/// corrections). Ingest writes them just after it commits, so the server's per-snapshot caches key on their version too:
/// a request that came between the two does not keep a stale result.
/// </summary>
internal static class CampaignFiles
{
    public static string[] Of(string index, string campaign) =>
        Directory.Exists(Path.Combine(index, "campaigns")) ? [.. Directory.GetFiles(Path.Combine(index, "campaigns"), campaign + ".*").Order(StringComparer.Ordinal)] : [];

    /// <summary>What tells one version of them from another: each one's name, size and time of writing.</summary>
    public static string Version(string index, string campaign) =>
        string.Join("|", Of(index, campaign).Select(f => $"{Path.GetFileName(f)}:{FileStamp.Of(f)}"));
}
