using Microsoft.ML.Data;

namespace Pipeline.Commitments.Classifying;

/// <summary>The model's output: one probability per kind, in the order of the label key's slots.</summary>
internal sealed class KindScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
