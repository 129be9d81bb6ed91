namespace Pipeline.Classification.Evaluation;

/// <summary>One bin of a reliability diagram: predictions whose confidence falls in [Lower, Upper).</summary>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
