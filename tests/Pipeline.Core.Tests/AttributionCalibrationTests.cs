using Pipeline.Core.Segments;

namespace Pipeline.Core.Tests;

/// <summary>The attribution calibration (issue 20): a tie's confidence read as how often such ties were right.</summary>
public sealed class AttributionCalibrationTests
{
    private const string Table = """
        {"about": "two methods",
         "methods": {
           "topic": [{"upTo": 0.3, "confidence": 0.5}, {"upTo": 0.6, "confidence": 0.75}, {"upTo": 0.7, "confidence": 0.9}],
           "Marker": [{"upTo": 0.95, "confidence": 0.97}]}}
        """;

    [Theory]
    [InlineData(SegmentMethod.Topic, 0.10, 0.5)]    // the first step
    [InlineData(SegmentMethod.Topic, 0.30, 0.5)]    // a bound belongs to its step
    [InlineData(SegmentMethod.Topic, 0.31, 0.75)]
    [InlineData(SegmentMethod.Topic, 0.70, 0.9)]
    [InlineData(SegmentMethod.Topic, 0.85, 0.9)]    // above the last bound: the last step
    [InlineData(SegmentMethod.Marker, 0.80, 0.97)]  // method names read in any case
    [InlineData(SegmentMethod.Restated, 0.62, 0.62)] // a method the table does not know keeps its value
    public void Of_MapsAValueToItsStep(SegmentMethod method, double raw, double expected)
    {
        // Given a table of two methods
        var calibration = AttributionCalibration.Parse(Table, "test table");

        // Then each value reads as its step's rate
        Assert.Equal(expected, calibration.Of(method, raw), 3);
    }

    [Theory]
    [InlineData("""{"methods": {"topic": [{"upTo": 0.6, "confidence": 0.8}, {"upTo": 0.3, "confidence": 0.9}]}}""")]  // bounds fall
    [InlineData("""{"methods": {"topic": [{"upTo": 0.3, "confidence": 0.9}, {"upTo": 0.6, "confidence": 0.8}]}}""")]  // rates fall
    [InlineData("""{"methods": {"topic": [{"upTo": 0.3, "confidence": 1.4}]}}""")]                                     // not a rate
    [InlineData("""{"methods": {"hunch": [{"upTo": 0.3, "confidence": 0.4}]}}""")]                                     // no such method
    [InlineData("""{"methods": {}}""")]
    [InlineData("""[1, 2""")]
    public void Parse_RejectsWhatIsNoTable_NamingTheSource(string json)
    {
        // When a malformed table is read, Then the error names it
        var error = Assert.Throws<InvalidDataException>(() => AttributionCalibration.Parse(json, "my-table.json"));
        Assert.StartsWith("my-table.json: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_ReadsMarkersAsSurerThanATornTopicAndLeavesNoneAlone()
    {
        // Given the shipped table (fitted on the development campaigns)
        var shipped = AttributionCalibration.Shipped;

        // Then it maps a rule's value, a keyword marker reads surer than a paragraph routed on a torn topic, and every value is a rate
        Assert.NotEqual(0.95, shipped.Of(SegmentMethod.Marker, 0.95), 3);
        Assert.Equal(0.95, AttributionCalibration.None.Of(SegmentMethod.Marker, 0.95), 3);
        Assert.InRange(shipped.Of(SegmentMethod.Marker, 0.95), 0.9, 1.0);
        Assert.True(shipped.Of(SegmentMethod.Topic, 0.3) < shipped.Of(SegmentMethod.Marker, 0.95));
        Assert.Equal(0.42, AttributionCalibration.None.Of(SegmentMethod.Topic, 0.42), 3);
        Assert.Equal(0.0, shipped.Of(SegmentMethod.None, 0.0), 3);
    }
}
