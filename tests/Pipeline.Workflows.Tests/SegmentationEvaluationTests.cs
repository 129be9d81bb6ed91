using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Tests;

public sealed class SegmentationEvaluationTests
{
    private static readonly Lazy<SegmentationEvaluationResult> Demo = new(() =>
        new SegmentationEvaluation(ReplySegmentation.CreateDefault())
            .Run(CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"))));

    [Fact]
    public void DemoCorpus_EveryReplyWithAGoldFile_IsEvaluated()
    {
        Assert.Empty(Demo.Value.Problems);
        Assert.Equal(16, Demo.Value.Replies);
        Assert.Equal(356, Demo.Value.Report.Overall.Paragraphs);
    }

    [Fact]
    public void DemoCorpus_RepliesWithExplicitMarkersOrTables_AreSegmentedAtLeast95PercentRight()
    {
        Assert.True(Demo.Value.Report.Explicit.Accuracy >= 0.95, Describe(Demo.Value));
    }

    [Fact]
    public void DemoCorpus_AllButProseReplies_AreSegmentedAtLeast90PercentRight()
    {
        Assert.True(Demo.Value.Report.ExcludingProse.Accuracy >= 0.90, Describe(Demo.Value));
    }

    [Theory]
    [InlineData("autonumber")]
    [InlineData("combined")]
    [InlineData("french")]
    [InlineData("long")]
    [InlineData("markers")]
    [InlineData("restated")]
    [InlineData("refusal")]
    [InlineData("table")]
    public void DemoCorpus_EachReplyStyle_IsSegmentedAtLeast90PercentRight(string style)
    {
        var accuracy = Demo.Value.Report.ByStyle.Single(s => s.Style == style);
        Assert.True(accuracy.Accuracy >= 0.90, $"{style}: {accuracy.Correct}/{accuracy.Paragraphs}\n{Describe(Demo.Value)}");
    }

    private static string Describe(SegmentationEvaluationResult result) =>
        string.Join("\n", result.Report.Misses.Select(m => $"{m.File}: expected {string.Join(",", m.Expected)}, got {string.Join(",", m.Actual)}: {m.Text[..Math.Min(80, m.Text.Length)]}"));
}
