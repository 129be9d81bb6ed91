using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Extraction;
using Pipeline.Segmentation.Evaluation;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// The gold of a campaign: every <c>gold/&lt;stem&gt;.gold.jsonl</c> beside the replies folder, paired with the reply
/// file <c>replies/&lt;stem&gt;.*</c> and the optional <c>gold/&lt;stem&gt;.meta.json</c>.
/// </summary>
public static class GoldCorpus
{
    private const string GoldSuffix = ".gold.jsonl";
    private const string MetaSuffix = ".meta.json";

    /// <param name="campaign">The campaign whose gold folder is read.</param>
    /// <param name="problems">Receives a gold file without its reply.</param>
    /// <exception cref="PipelineException">No gold folder; a gold file that cannot be read.</exception>
    public static ImmutableArray<GoldReply> Load(Campaign campaign, ICollection<PipelineError> problems)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(problems);
        var goldFolder = CampaignPaths.Gold(campaign);
        if (!Directory.Exists(goldFolder))
        {
            throw new PipelineException(ErrorCode.IoError, goldFolder, "no gold folder beside the campaign file: evaluation needs gold/<reply>.gold.jsonl files");
        }

        var replies = DocumentExtractor.FindFiles(CampaignPaths.Replies(campaign));
        var gold = ImmutableArray.CreateBuilder<GoldReply>();
        foreach (var goldFile in Directory.EnumerateFiles(goldFolder, "*" + GoldSuffix).Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(goldFile)[..^GoldSuffix.Length];
            var reply = replies.FirstOrDefault(r => Path.GetFileNameWithoutExtension(r) == stem);
            if (reply is null)
            {
                problems.Add(new PipelineError(ErrorCode.IoError, $"{goldFile}: no reply file named '{stem}.*' in {CampaignPaths.Replies(campaign)}"));
                continue;
            }

            var metaFile = Path.Combine(goldFolder, stem + MetaSuffix);
            gold.Add(new GoldReply(stem, reply, GoldFile.Read(goldFile), File.Exists(metaFile) ? GoldMetaFile.Read(metaFile) : null));
        }

        return gold.ToImmutable();
    }
}
