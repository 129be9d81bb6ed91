namespace Pipeline.Classification.Model;

/// <summary>ML.NET training row: a passage, its embedding, its label and its example weight.</summary>
internal sealed class LabelledRow : TextRow
{
    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}
