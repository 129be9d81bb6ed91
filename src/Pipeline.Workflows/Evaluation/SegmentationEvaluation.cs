using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;
using Pipeline.Extraction;
using Pipeline.Segmentation.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// Segments every reply that has a gold file (<c>gold/&lt;name&gt;.gold.jsonl</c> beside <c>replies/&lt;name&gt;.*</c>)
/// and compares the result with the gold, paragraph by paragraph. With a classifying <see cref="ReplySegmentation"/>
/// (the default) it measures what ingest indexes: segmentation followed by topic routing of unmarked prose.
/// </summary>
public sealed class SegmentationEvaluation(ReplySegmentation segmentation)
{
    private const string GoldSuffix = ".gold.jsonl";

    public SegmentationEvaluationResult Run(Campaign campaign, CancellationToken cancellationToken = default)
    {
        var goldFolder = CampaignPaths.Gold(campaign);
        if (!Directory.Exists(goldFolder))
        {
            throw new PipelineException(ErrorCode.IoError, goldFolder, "no gold folder beside the campaign file: evaluation needs gold/<reply>.gold.jsonl files");
        }

        var replies = DocumentExtractor.FindFiles(CampaignPaths.Replies(campaign));
        var problems = ImmutableArray.CreateBuilder<PipelineError>();
        var pairs = new List<(SegmentedReply, ImmutableArray<GoldParagraph>)>();
        foreach (var goldFile in Directory.EnumerateFiles(goldFolder, "*" + GoldSuffix).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = Path.GetFileName(goldFile)[..^GoldSuffix.Length];
            var reply = replies.FirstOrDefault(r => Path.GetFileNameWithoutExtension(r) == stem);
            if (reply is null)
            {
                problems.Add(new PipelineError(ErrorCode.IoError, $"{goldFile}: no reply file named '{stem}.*' in {CampaignPaths.Replies(campaign)}"));
                continue;
            }

            var segmented = segmentation.Run(reply, campaign, cancellationToken: cancellationToken);
            if (segmented.Reply is null)
            {
                problems.Add(segmented.Error!);
                continue;
            }

            pairs.Add((segmented.Reply, GoldFile.Read(goldFile)));
        }

        return new SegmentationEvaluationResult(campaign.Id, pairs.Count, SegmentationEvaluator.Evaluate(pairs), problems.ToImmutable(), segmentation.Classifies);
    }
}
