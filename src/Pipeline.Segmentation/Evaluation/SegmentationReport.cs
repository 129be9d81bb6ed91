using System.Collections.Immutable;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>Segmentation measured against gold annotations.</summary>
/// <param name="ByStyle">Accuracy per reply style.</param>
/// <param name="Overall">Accuracy over every gold paragraph.</param>
/// <param name="Explicit">Accuracy over replies whose questions are marked explicitly or laid out in tables (every style but prose and refusal).</param>
/// <param name="ExcludingProse">Accuracy over every gold paragraph except those of prose replies, which name no question and are left to topic routing.</param>
/// <param name="Misses">Paragraphs whose segment disagrees with the gold, or that were not found.</param>
public sealed record SegmentationReport(
    ImmutableArray<StyleAccuracy> ByStyle,
    StyleAccuracy Overall,
    StyleAccuracy Explicit,
    StyleAccuracy ExcludingProse,
    ImmutableArray<ParagraphOutcome> Misses);
