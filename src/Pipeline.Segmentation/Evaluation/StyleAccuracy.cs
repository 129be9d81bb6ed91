namespace Pipeline.Segmentation.Evaluation;

/// <summary>Accuracy over a group of gold paragraphs.</summary>
public sealed record StyleAccuracy(string Style, int Paragraphs, int Correct)
{
    public double Accuracy => Paragraphs == 0 ? 0 : (double)Correct / Paragraphs;
}
