using Pipeline.Core.Segments;

namespace Pipeline.Segmentation;

/// <summary>Thresholds of segmentation. Every property states its default.</summary>
public sealed record SegmentationOptions
{
    public static SegmentationOptions Default { get; } = new();

    /// <summary>Least score for a paragraph to count as a restated question. Default 0.45.</summary>
    public double RestatementThreshold { get; init; } = 0.45;

    /// <summary>Least score for a table's first cell to count as a restated question (tables are a stronger cue). Default 0.3.</summary>
    public double TableRestatementThreshold { get; init; } = 0.3;

    /// <summary>Longest paragraph, in characters, that can be a restated question. Default 600.</summary>
    public int MaxRestatementLength { get; init; } = 600;

    /// <summary>
    /// Turns a marker's, restated question's or table row's tie into how often such ties were right. Default: the shipped
    /// table (<see cref="AttributionCalibration.Shipped"/>); <see cref="AttributionCalibration.None"/> keeps the rules' values.
    /// </summary>
    public AttributionCalibration Calibration { get; init; } = AttributionCalibration.Shipped;
}
