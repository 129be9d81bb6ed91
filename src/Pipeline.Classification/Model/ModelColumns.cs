namespace Pipeline.Classification.Model;

/// <summary>Column names shared by training and loading.</summary>
internal static class ModelColumns
{
    public const string Text = nameof(TextRow.Text);
    public const string Label = nameof(LabelledRow.Label);
    public const string Weight = nameof(LabelledRow.Weight);
    public const string Features = "Features";
    public const string TextFeatures = "TextFeatures";
    public const string SelectedTextFeatures = "SelectedTextFeatures";
    public const string Embedding = nameof(TextRow.Embedding);
    public const string Score = nameof(ScoreRow.Score);
}
