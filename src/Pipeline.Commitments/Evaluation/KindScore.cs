using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>Precision, recall and F1 of one kind.</summary>
public sealed record KindScore(StatementKind Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Sentences labelled with the kind.</summary>
    public int Support => TruePositives + FalseNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>A ratio with nothing to count reads as 1 when nothing was predicted nor expected, 0 otherwise.</summary>
    private static double Ratio(int part, int whole) => whole == 0 ? (part == 0 ? 1 : 0) : (double)part / whole;
}
