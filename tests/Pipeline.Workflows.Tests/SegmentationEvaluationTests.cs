using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Tests;

public sealed class SegmentationEvaluationTests
{
    // The full path (segmentation, then topic routing), as ingest and `pipeline segment` take it and `pipeline eval segmentation` measures it.
    private static readonly Lazy<SegmentationEvaluationResult> FullPath = new(() =>
        new SegmentationEvaluation(ReplySegmentation.CreateDefault())
            .Run(CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"))));

    // Segmentation alone: the segmenter's own contract, style by style, before routing adds anything.
    private static readonly Lazy<SegmentationEvaluationResult> Demo = new(() =>
        new SegmentationEvaluation(ReplySegmentation.Unclassified())
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

    [Fact]
    public void DemoCorpus_FullPath_IsWhatIsMeasured_AndRoutingPlacesProseThatSegmentationLeavesGeneral()
    {
        // Given the demo corpus evaluated along the full path and by segmentation alone
        var full = FullPath.Value;
        var alone = Demo.Value;

        // Then the result says which was measured, the whole is at least 95 % right, and prose (which names no
        // question) is placed better once routing has run than by segmentation alone
        Assert.True(full.TopicRouting);
        Assert.False(alone.TopicRouting);
        Assert.Equal(alone.Report.Overall.Paragraphs, full.Report.Overall.Paragraphs);
        Assert.True(full.Report.Overall.Accuracy >= 0.95, Describe(full));
        Assert.True(full.Report.Explicit.Accuracy >= 0.95, Describe(full));
        var prose = full.Report.ByStyle.Single(s => s.Style == "prose");
        Assert.True(prose.Correct > alone.Report.ByStyle.Single(s => s.Style == "prose").Correct, Describe(full));
    }

    private static string Describe(SegmentationEvaluationResult result) =>
        string.Join("\n", result.Report.Misses.Select(m => $"{m.File}: expected {string.Join(",", m.Expected)}, got {string.Join(",", m.Actual)}: {m.Text[..Math.Min(80, m.Text.Length)]}"));
}
