namespace Pipeline.Testing;

/// <summary>
/// Copies the bundled demo campaign (campaign.yaml and replies/) into a folder, for tests that write beside a campaign
/// (corrections.jsonl) and must never touch the repository's.
/// </summary>
public static class DemoCampaignCopy
{
    /// <summary>Copies the campaign file and every reply whose file name <paramref name="include"/> accepts (all when null); returns the copied campaign file.</summary>
    public static string Into(string folder, Func<string, bool>? include = null)
    {
        var demo = RepoPaths.InRepo("corpus", "campaigns", "demo");
        Directory.CreateDirectory(Path.Combine(folder, "replies"));
        var campaign = Path.Combine(folder, "campaign.yaml");
        CampaignFileTo(campaign);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(demo, "replies")).Where(f => include?.Invoke(Path.GetFileName(f)) ?? true))
        {
            File.Copy(file, Path.Combine(folder, "replies", Path.GetFileName(file)));
        }

        return campaign;
    }

    /// <summary>Writes the demo campaign file alone to <paramref name="path"/> (see <see cref="CampaignFileTo(string, string)"/>).</summary>
    public static void CampaignFileTo(string path) =>
        CampaignFileTo(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"), path);

    /// <summary>
    /// Writes a campaign file to <paramref name="path"/>. A campaign names the shared company registry by a path relative
    /// to itself (<c>registry: ../companies.yaml</c>); the copy names the same registry by its full path.
    /// </summary>
    public static void CampaignFileTo(string source, string path)
    {
        var text = File.ReadAllText(source);
        var registry = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!, "..", "companies.yaml"));
        File.WriteAllText(path, text.Replace("registry: ../companies.yaml", $"registry: \"{registry}\"", StringComparison.Ordinal));
    }
}
