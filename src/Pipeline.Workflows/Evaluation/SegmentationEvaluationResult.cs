using System.Collections.Immutable;
using Pipeline.Core.Errors;
using Pipeline.Segmentation.Evaluation;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Segmentation of a campaign's replies measured against their gold files, and the gold files that could not be used.</summary>
public sealed record SegmentationEvaluationResult(
    string CampaignId,
    int Replies,
    SegmentationReport Report,
    ImmutableArray<PipelineError> Problems);
