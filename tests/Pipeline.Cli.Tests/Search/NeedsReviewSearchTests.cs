using System.Text.Json;
using Pipeline.Core.Review;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Search;

/// <summary>`search --json` carries each hit's confidences and the needsReview mark of the one review policy (issue 20).</summary>
[Collection(DemoCorpus.Name)]
public sealed class NeedsReviewSearchTests(DemoCorpusIndex demo)
{
    [Fact]
    public async Task SearchJson_EveryHit_IsMarkedAsThePolicyDecides_AndSomeAreMarked()
    {
        // Given the demo campaign ingested
        // When searching broadly
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "we", "--limit", "200", "--index", demo.Path, "--json");

        // Then each hit's mark follows from its own figures, and the demo has both sure and unsure answers
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.All(hits, hit =>
        {
            var confidence = hit.GetProperty("confidence").GetDouble();
            var topicScore = hit.GetProperty("topicScore").GetDouble();
            var general = hit.GetProperty("questions")[0].GetString() == "general";
            var unsure = general
                ? hit.GetProperty("topic").GetString() != "other"
                : confidence < ReviewPolicy.AttributionThreshold || topicScore < ReviewPolicy.TopicThreshold;
            Assert.Equal(unsure, hit.GetProperty("needsReview").GetBoolean());
        });
        Assert.Contains(hits, hit => hit.GetProperty("needsReview").GetBoolean());
        Assert.Contains(hits, hit => !hit.GetProperty("needsReview").GetBoolean());
    }

    [Fact]
    public async Task SearchText_ShowsTheMark()
    {
        // When
        var (exit, stdout, _) = await PipelineProcess.RunAsync("search", "we", "--limit", "200", "--index", demo.Path);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("· ⚑ needs review", stdout);
    }
}
