using System.Text;
using System.Text.Json;
using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Commitments;

/// <summary>
/// The researchers' follow-up of a campaign's ledger: <c>follow-up.jsonl</c> beside the campaign file, one
/// <see cref="FollowUp"/> per line, appended and never rewritten — the last line for an item is its status, the
/// lines before it its history; plain text, so it is versioned and merged like the campaign file.
/// </summary>
public static class FollowUpFile
{
    public const string FileName = "follow-up.jsonl";

    /// <summary>The follow-up file of the campaign file at <paramref name="campaignFile"/>.</summary>
    public static string Beside(string campaignFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(campaignFile)) ?? ".", FileName);

    /// <summary>
    /// The follow-up file of a campaign in an index: beside the campaign file it was last ingested from, else beside
    /// the file the campaign was loaded from.
    /// </summary>
    public static string For(string indexDirectory, Core.Campaigns.Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var source = CampaignStore.SourcePath(indexDirectory, campaign.Id) ?? campaign.FilePath
            ?? Path.Combine(indexDirectory, "campaigns", campaign.Id + ".yaml");
        return Beside(source);
    }

    /// <summary>Every line of the file, in order; none when the file does not exist.</summary>
    /// <exception cref="PipelineException">A line is not a follow-up (<see cref="ErrorCode.InvalidInput"/>, naming the line).</exception>
    public static IReadOnlyList<FollowUp> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [];
        }

        return JsonLinesFile.Read(path, "a follow-up entry", line => JsonSerializer.Deserialize<FollowUp>(line, PipelineJson.Compact) ?? throw new JsonException("null"));
    }

    /// <summary>Appends one entry (creating the file).</summary>
    public static void Append(string path, FollowUp entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        File.AppendAllText(path, JsonSerializer.Serialize(entry, PipelineJson.Compact) + "\n", new UTF8Encoding(false));
    }

    /// <summary>The last entry of each item.</summary>
    public static IReadOnlyDictionary<string, FollowUp> Latest(IEnumerable<FollowUp> entries)
    {
        var latest = new Dictionary<string, FollowUp>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            latest[entry.Item] = entry;
        }

        return latest;
    }
}
