namespace Pipeline.Classification.Model;

/// <summary>ML.NET input row: one passage, already normalised where the model expects it.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = string.Empty;
}
