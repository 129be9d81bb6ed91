using Pipeline.Classification.Evaluation;

namespace Pipeline.Classification.Training;

/// <summary>The quality the model must reach on the test set: a macro-F1 and a floor for every label's F1.</summary>
/// <param name="Met">Whether the test scores reach both; null when there was no test set.</param>
public sealed record QualityBar(double MacroF1, double LabelF1, bool? Met)
{
    public static QualityBar Target { get; } = new(0.85, 0.70, null);

    public QualityBar Judge(ClassificationScores? test) =>
        this with { Met = test is null ? null : test.MacroF1 >= MacroF1 && test.PerLabel.All(l => l.Support == 0 || l.F1 >= LabelF1) };
}
