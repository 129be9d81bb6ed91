using System.Collections.Immutable;
using Pipeline.Segmentation.Evaluation;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed class SegmentationEvaluatorTests
{
    [Fact]
    public void Evaluate_CountsAgreementPerStyleAndListsMisses()
    {
        // Given a reply whose 2d answer is found, and a gold file that (wrongly) expects 2e for it
        var reply = Segmented.Run(Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("2d) Our hotline is open to anyone,")
            .Para("including migrants.")
            .Build());
        ImmutableArray<GoldParagraph> gold =
        [
            new("Dear Ms Khalil,", Questionnaire.Ids("general"), "other", "markers"),
            new("2d) Our hotline is open to anyone, including migrants.", Questionnaire.Ids("2d"), "grievance_mechanism", "markers"),
            new("including   migrants", Questionnaire.Ids("2e"), "grievance_mechanism", "markers"),
            new("A paragraph that is not in the reply.", Questionnaire.Ids("3"), "other", "prose"),
        ];

        // When
        var report = SegmentationEvaluator.Evaluate([(reply, gold)]);

        // Then
        Assert.Equal(new StyleAccuracy("overall", 4, 2), report.Overall);
        Assert.Equal(new StyleAccuracy("overall excluding prose", 3, 2), report.ExcludingProse);
        Assert.Equal([new StyleAccuracy("markers", 3, 2), new StyleAccuracy("prose", 1, 0)], report.ByStyle.ToArray());
        Assert.Equal(2, report.Misses.Length);
        Assert.False(report.Misses[1].Found);
        Assert.Equal("2d", Assert.Single(report.Misses[0].Actual).Value);
    }
}
