using System.Collections.Immutable;
using Pipeline.Core.Corrections;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Keeps a copy of each campaign's corrections beside its index (<c>&lt;index&gt;/campaigns/&lt;id&gt;.corrections.jsonl</c>),
/// as <see cref="CampaignStore"/> keeps its campaign file: compare, report and the web app apply status corrections
/// knowing only the campaign's id.
/// </summary>
public static class CorrectionStore
{
    public static void Save(string indexDirectory, string campaignId, ImmutableArray<Correction> corrections)
    {
        var folder = Path.Combine(indexDirectory, "campaigns");
        Directory.CreateDirectory(folder);
        var target = PathOf(indexDirectory, campaignId);
        if (corrections.IsDefaultOrEmpty)
        {
            File.Delete(target);
            return;
        }

        var temporary = target + ".tmp";
        File.WriteAllLines(temporary, corrections.Select(c => System.Text.Json.JsonSerializer.Serialize(c, CorrectionFile.Json)));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The corrections last ingested with the campaign; none when it has none.</summary>
    public static ImmutableArray<Correction> Load(string indexDirectory, string campaignId) =>
        CorrectionFile.Load(PathOf(indexDirectory, campaignId));

    private static string PathOf(string indexDirectory, string campaignId) =>
        Path.Combine(indexDirectory, "campaigns", campaignId + ".corrections.jsonl");
}
