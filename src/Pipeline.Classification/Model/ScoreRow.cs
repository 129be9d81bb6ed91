namespace Pipeline.Classification.Model;

/// <summary>ML.NET output row: one probability per label slot of the trained model.</summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
