namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Remembers, beside the index, where each ingested campaign's file lives and which manifest its last ingest used
/// (<c>&lt;index&gt;/campaigns/&lt;id&gt;.source</c>, one path a line): the web app writes corrections beside the
/// researcher's campaign file, and a correction re-ingests replies as the last ingest read them.
/// </summary>
public static class CampaignSource
{
    public static void Save(string indexDirectory, string campaignId, string campaignFile, string? manifest)
    {
        Directory.CreateDirectory(Path.Combine(indexDirectory, "campaigns"));
        File.WriteAllLines(PathOf(indexDirectory, campaignId), [Path.GetFullPath(campaignFile), .. manifest is null ? Array.Empty<string>() : [Path.GetFullPath(manifest)]]);
    }

    /// <summary>The campaign file last ingested under <paramref name="campaignId"/>; null when unknown or gone.</summary>
    public static string? CampaignFile(string indexDirectory, string campaignId) => Line(indexDirectory, campaignId, 0);

    /// <summary>The manifest the last ingest of <paramref name="campaignId"/> used; null when none (or gone).</summary>
    public static string? Manifest(string indexDirectory, string campaignId) => Line(indexDirectory, campaignId, 1);

    private static string? Line(string indexDirectory, string campaignId, int number)
    {
        var path = PathOf(indexDirectory, campaignId);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        return lines.Length > number && File.Exists(lines[number]) ? lines[number] : null;
    }

    private static string PathOf(string indexDirectory, string campaignId) => Path.Combine(indexDirectory, "campaigns", campaignId + ".source");
}
