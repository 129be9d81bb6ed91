using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Training;

public sealed class StratifiedFoldsTests
{
    [Fact]
    public void Assign_GivesEveryFoldItsShareOfEachLabel_TheSameWayEachTime()
    {
        // Given 10 grievance and 5 other examples
        var examples = Enumerable.Range(0, 10).Select(i => new TrainingExample(Topic.GrievanceMechanism, $"g{i}"))
            .Concat(Enumerable.Range(0, 5).Select(i => new TrainingExample(Topic.Other, $"o{i}")))
            .ToArray();

        // When split in 5 folds twice
        var folds = StratifiedFolds.Assign(examples, 5, seed: 7);
        var again = StratifiedFolds.Assign(examples, 5, seed: 7);

        // Then each fold holds 2 grievance and 1 other, identically both times
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(2, Enumerable.Range(0, 10).Count(i => folds[i] == k));
            Assert.Equal(1, Enumerable.Range(10, 5).Count(i => folds[i] == k));
        }

        Assert.Equal(folds.ToArray(), again.ToArray());
    }
}
