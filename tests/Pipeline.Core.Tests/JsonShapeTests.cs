using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Tests;

public sealed class JsonShapeTests
{
    [Fact]
    public void Enums_SerialiseAsTheNamesTheCommandLineDocuments()
    {
        Assert.Equal("\"grievance_mechanism\"", JsonSerializer.Serialize(Topic.GrievanceMechanism, PipelineJson.Compact));
        Assert.Equal("\"not_addressed\"", JsonSerializer.Serialize(AnswerStatus.NotAddressed, PipelineJson.Compact));
        Assert.Equal("\"unsupported-format\"", JsonSerializer.Serialize(ErrorCode.UnsupportedFormat, PipelineJson.Compact));
        Assert.Equal("\"restated\"", JsonSerializer.Serialize(SegmentMethod.Restated, PipelineJson.Compact));
    }

    [Fact]
    public void Segment_WithQuestionIds_RoundTripsThroughJson()
    {
        // Given
        var segment = new Segment("abc", [QuestionId.Parse("2b"), QuestionId.Parse("2c")], SegmentMethod.Marker, 0.9,
            [new Passage("We consult NGOs.", 2, 7)]);

        // When
        var json = JsonSerializer.Serialize(segment, PipelineJson.Compact);
        using var parsed = JsonDocument.Parse(json);

        // Then
        Assert.Equal("2b", parsed.RootElement.GetProperty("questions")[0].GetString());
        Assert.Equal("marker", parsed.RootElement.GetProperty("method").GetString());
        Assert.Equal([2], parsed.RootElement.GetProperty("pages").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void TopicLabels_ParseEveryLabelBackToItsTopic()
    {
        foreach (var topic in TopicLabels.All)
        {
            Assert.Equal(topic, TopicLabels.Parse(topic.ToLabel()));
        }

        Assert.Equal(12, TopicLabels.All.Length);
        Assert.False(TopicLabels.TryParse("grievance", out _));
    }

    [Fact]
    public void Segment_WithoutQuestions_IsGeneral()
    {
        var segment = new Segment("abc", ImmutableArray<QuestionId>.Empty, SegmentMethod.None, 0, []);
        Assert.True(segment.IsGeneral);
        Assert.Equal("general", segment.PrimaryQuestion.Value);
    }
}
