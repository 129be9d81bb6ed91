using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows;

/// <summary>
/// Keeps a copy of each ingested campaign's file beside its index (<c>&lt;index&gt;/campaigns/&lt;id&gt;.yaml</c>), so that
/// compare, report and the web app know a campaign's questions and companies from its id alone.
/// </summary>
public static class CampaignStore
{
    private const string Folder = "campaigns";

    private const string RegistrySuffix = ".registry.yaml";

    public static void Save(string indexDirectory, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.FilePath is not { } source)
        {
            throw new ArgumentException("only a campaign loaded from a file can be stored", nameof(campaign));
        }

        var folder = Path.Combine(indexDirectory, Folder);
        Directory.CreateDirectory(folder);
        var target = PathOf(indexDirectory, campaign.Id);
        CopyAtomically(source, target);
        if (campaign.Registry?.FilePath is { } registry)
        {
            // The stored copy is read from inside the index, where the campaign's relative registry path leads nowhere.
            CopyAtomically(registry, RegistryPathOf(indexDirectory, campaign.Id));
        }
    }

    private static void CopyAtomically(string source, string target)
    {
        var temporary = target + ".tmp";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
        // Files researchers keep beside the campaign (follow-up of commitments) are found from the index through this.
        File.WriteAllText(Path.ChangeExtension(target, ".source"), Path.GetFullPath(source));
    }

    /// <summary>The full path of the campaign file last ingested under <paramref name="id"/>; null when unknown (indexed before this was recorded).</summary>
    public static string? SourcePath(string indexDirectory, string id)
    {
        var record = Path.ChangeExtension(PathOf(indexDirectory, id), ".source");
        return File.Exists(record) ? File.ReadAllText(record).Trim() : null;
    }

    /// <summary>The ids of the campaigns stored with the index, sorted.</summary>
    public static IReadOnlyList<string> Ids(string indexDirectory)
    {
        var folder = Path.Combine(indexDirectory, Folder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Where(f => !f.EndsWith(RegistrySuffix, StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>
    /// The campaign named <paramref name="id"/>; when <paramref name="id"/> is null, the only campaign of the index.
    /// A missing or ambiguous campaign is an <see cref="ErrorCode.InvalidInput"/> error listing those available.
    /// </summary>
    public static Campaign Load(string indexDirectory, string? id)
    {
        var ids = Ids(indexDirectory);
        if (id is null)
        {
            return ids.Count switch
            {
                1 => LoadStored(indexDirectory, ids[0]),
                0 => throw new PipelineException(ErrorCode.InvalidInput, indexDirectory, "no campaign has been ingested into this index; run `pipeline ingest <folder> --campaign <file>` first"),
                _ => throw new PipelineException(ErrorCode.InvalidInput, indexDirectory, $"the index holds several campaigns ({string.Join(", ", ids)}); choose one with --campaign"),
            };
        }

        return ids.Contains(id)
            ? LoadStored(indexDirectory, id)
            : throw new PipelineException(ErrorCode.InvalidInput, indexDirectory, $"no campaign '{id}' in this index (it holds: {(ids.Count == 0 ? "none" : string.Join(", ", ids))})");
    }

    /// <summary>
    /// What tells one stored version of campaign <paramref name="id"/>'s files from another (their sizes and times of
    /// writing; every ingest writes them anew): a long-lived reader keeps a campaign parsed while this stays the same.
    /// </summary>
    public static string Version(string indexDirectory, string id) =>
        $"{FileStamp.Of(PathOf(indexDirectory, id))}|{FileStamp.Of(RegistryPathOf(indexDirectory, id))}";

    /// <summary>Every campaign stored with the index, oldest first (by date sent, then id).</summary>
    public static IReadOnlyList<Campaign> All(string indexDirectory) =>
        [.. Ids(indexDirectory).Select(id => LoadStored(indexDirectory, id)).OrderBy(c => c.DateSent ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)];

    private static Campaign LoadStored(string indexDirectory, string id)
    {
        var registry = RegistryPathOf(indexDirectory, id);
        return CampaignLoader.Load(PathOf(indexDirectory, id), File.Exists(registry) ? registry : null);
    }

    private static string PathOf(string indexDirectory, string id) => Path.Combine(indexDirectory, Folder, id + ".yaml");

    private static string RegistryPathOf(string indexDirectory, string id) => Path.Combine(indexDirectory, Folder, id + RegistrySuffix);
}
