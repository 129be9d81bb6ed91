using Pipeline.Core.Review;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Tests;

/// <summary>needsReview (issue 20): one policy, its thresholds from the dev split's reliability tables.</summary>
public sealed class ReviewPolicyTests
{
    [Theory]
    [InlineData(false, 0.95, Topic.DueDiligence, 0.97, "")]                                  // sure of both: no review
    [InlineData(false, 0.79, Topic.DueDiligence, 0.97, "LowAttribution")]                    // a tie right less than four times in five
    [InlineData(false, 0.80, Topic.DueDiligence, 0.70, "")]                                  // both thresholds are inclusive
    [InlineData(false, 0.95, Topic.Mitigation, 0.69, "LowTopic")]                            // topic below 0.7
    [InlineData(false, 0.30, Topic.Mitigation, 0.40, "LowAttribution,LowTopic")]
    [InlineData(true, 0.00, Topic.PolicyCommitment, 0.95, "UnroutedContent")]                // general text about a topic: a missed answer?
    [InlineData(true, 0.00, Topic.Other, 0.30, "")]                                          // letterhead and courtesy: never
    public void Assess_GivesTheReasonsOfTheThresholds(bool general, double confidence, Topic topic, double topicScore, string expected)
    {
        // When
        var reasons = ReviewPolicy.Assess(general, isStructure: false, confidence, topic, topicScore);

        // Then
        Assert.Equal(expected, string.Join(",", reasons));
    }

    [Fact]
    public void Assess_StructureAndUnclassifiedText_NeverNeedReview()
    {
        // Given a restated question with a low score, and a passage nobody classified
        // Then neither is put before a researcher
        Assert.Empty(ReviewPolicy.Assess(false, isStructure: true, 0.1, Topic.DueDiligence, 0.1));
        Assert.Empty(ReviewPolicy.Assess(false, isStructure: false, 0.1, null, 0));
    }
}
