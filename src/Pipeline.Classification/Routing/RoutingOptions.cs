namespace Pipeline.Classification.Routing;

/// <summary>How <see cref="SegmentClassifier"/> routes general paragraphs to questions by their topic.</summary>
public sealed record RoutingOptions
{
    /// <summary>Defaults: confidence = score × 0.7, minimum score 0.5, at least 6 words, consecutive paragraphs merged.</summary>
    public static RoutingOptions Default { get; } = new();

    /// <summary>
    /// A routed segment's confidence is its mean passage score times this factor. 0.7 keeps routing (at most 0.7)
    /// below every marker-based tie (0.8 and above in Segmentation), so a marker always wins a comparison.
    /// </summary>
    public double ConfidenceFactor { get; init; } = 0.7;

    /// <summary>A paragraph whose topic score is below this stays general: the classifier is unsure which topic it is.</summary>
    public double MinimumScore { get; init; } = 0.5;

    /// <summary>A paragraph with fewer words stays general: too short to be an answer on its own ("Yes.", a heading).</summary>
    public int MinimumWords { get; init; } = 6;

    /// <summary>Consecutive routed paragraphs going to the same question form one segment.</summary>
    public bool MergeConsecutive { get; init; } = true;
}
