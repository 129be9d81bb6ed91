using Pipeline.Classification.Evaluation;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Evaluation;

public sealed class ClassificationScoresTests
{
    [Fact]
    public void From_ComputesPerLabelAndMacroScores_OverLabelsThatOccur()
    {
        // Given 3 grievance (2 right, 1 taken for mitigation) and 1 mitigation (right)
        (Topic, Topic)[] pairs =
        [
            (Topic.GrievanceMechanism, Topic.GrievanceMechanism),
            (Topic.GrievanceMechanism, Topic.GrievanceMechanism),
            (Topic.GrievanceMechanism, Topic.Mitigation),
            (Topic.Mitigation, Topic.Mitigation),
        ];

        // When scored
        var scores = ClassificationScores.From(pairs);

        // Then grievance P 1, R 2/3, F1 0.8; mitigation P 0.5, R 1, F1 2/3; macro over these two only
        var grievance = scores.PerLabel.Single(l => l.Label == Topic.GrievanceMechanism);
        var mitigation = scores.PerLabel.Single(l => l.Label == Topic.Mitigation);
        Assert.Equal((1.0, 3), (grievance.Precision, grievance.Support));
        Assert.Equal(2.0 / 3, grievance.Recall, 10);
        Assert.Equal(0.8, grievance.F1, 10);
        Assert.Equal((0.5, 1.0, 1), (mitigation.Precision, mitigation.Recall, mitigation.Support));
        Assert.Equal((0.8 + (2.0 / 3)) / 2, scores.MacroF1, 10);
        Assert.Equal(0.75, scores.Accuracy);
        Assert.Equal(1, scores.Confusion[Topic.GrievanceMechanism, Topic.Mitigation]);
        Assert.Equal([(Topic.GrievanceMechanism, Topic.Mitigation, 1)], scores.Confusion.TopConfusions(3));
    }
}
