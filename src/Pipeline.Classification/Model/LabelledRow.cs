namespace Pipeline.Classification.Model;

/// <summary>ML.NET training row: a passage, its label and its example weight.</summary>
internal sealed class LabelledRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}
