using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;
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
    public SegmentationEvaluationResult Run(Campaign campaign, CancellationToken cancellationToken = default)
    {
        var problems = new List<PipelineError>();
        var pairs = new List<(SegmentedReply, ImmutableArray<GoldParagraph>)>();
        foreach (var gold in GoldCorpus.Load(campaign, problems))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segmented = segmentation.Run(gold.ReplyPath, campaign, cancellationToken: cancellationToken);
            if (segmented.Reply is null)
            {
                problems.Add(segmented.Error!);
                continue;
            }

            pairs.Add((segmented.Reply, gold.Paragraphs));
        }

        return new SegmentationEvaluationResult(campaign.Id, pairs.Count, SegmentationEvaluator.Evaluate(pairs), [.. problems], segmentation.Classifies);
    }
}
