using Pipeline.Core.Topics;

namespace Pipeline.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one label; 0 where undefined (nothing predicted or nothing to find).</summary>
/// <param name="Support">Examples that truly carry the label.</param>
public sealed record LabelScores(Topic Label, double Precision, double Recall, double F1, int Support);
