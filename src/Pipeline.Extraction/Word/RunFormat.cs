namespace Pipeline.Extraction.Word;

/// <summary>The run properties extraction cares about; null means "not said at this layer".</summary>
internal readonly record struct RunFormat(bool? Bold, bool? BoldComplex, bool? Caps, bool? Hidden)
{
    /// <summary>This layer's values where it states them, the lower layer's elsewhere.</summary>
    public RunFormat Over(RunFormat lower) =>
        new(Bold ?? lower.Bold, BoldComplex ?? lower.BoldComplex, Caps ?? lower.Caps, Hidden ?? lower.Hidden);

    public bool IsBold(bool rightToLeft) => (rightToLeft ? BoldComplex : Bold) ?? false;
}
