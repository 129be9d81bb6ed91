using System.Collections.Immutable;

namespace Pipeline.Classification.Evaluation;

/// <summary>
/// How far stated confidence is from observed accuracy: the reliability diagram (equal-width bins over [0, 1]) and the
/// expected calibration error, the bins' |accuracy − mean confidence| weighted by their share of predictions.
/// A well-calibrated 0.8 is right four times in five.
/// </summary>
public sealed record Calibration(int Predictions, double ExpectedCalibrationError, ImmutableArray<CalibrationBin> Bins)
{
    public static Calibration From(IReadOnlyCollection<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var rows = ImmutableArray.CreateBuilder<CalibrationBin>(bins);
        var error = 0.0;
        for (var b = 0; b < bins; b++)
        {
            var lower = (double)b / bins;
            var upper = (double)(b + 1) / bins;
            var inBin = predictions.Where(p => p.Confidence >= lower && (p.Confidence < upper || (b == bins - 1 && p.Confidence <= upper))).ToArray();
            var confidence = inBin.Length == 0 ? 0 : inBin.Average(p => p.Confidence);
            var accuracy = inBin.Length == 0 ? 0 : inBin.Count(p => p.Correct) / (double)inBin.Length;
            rows.Add(new CalibrationBin(lower, upper, inBin.Length, confidence, accuracy));
            if (predictions.Count > 0)
            {
                error += inBin.Length / (double)predictions.Count * Math.Abs(accuracy - confidence);
            }
        }

        return new Calibration(predictions.Count, error, rows.MoveToImmutable());
    }
}
