using System.Collections.Immutable;
using Pipeline.Core.Errors;
using Pipeline.Segmentation.Evaluation;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Segmentation of a campaign's replies measured against their gold files, and the gold files that could not be used.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Replies">Replies evaluated.</param>
/// <param name="Report">Accuracy by style and overall, and the misses.</param>
/// <param name="Problems">Gold files that could not be used.</param>
/// <param name="TopicRouting">
/// True when what was measured is the full path ingest and <c>pipeline segment</c> take — segmentation, then
/// classification routing unmarked prose to questions by topic; false for segmentation alone.
/// </param>
public sealed record SegmentationEvaluationResult(
    string CampaignId,
    int Replies,
    SegmentationReport Report,
    ImmutableArray<PipelineError> Problems,
    bool TopicRouting);
