namespace Pipeline.Embeddings.Tests;

/// <summary>The scale benchmark's stand-in for the sentence model: cheap vectors of the right shape, chosen only on request.</summary>
public sealed class StandInEncoderTests
{
    [Fact]
    public void Encode_GivesUnitVectorsOfTheModelsLength_TheSameForTheSameText()
    {
        // Given
        var encoder = new StandInEncoder("model-id", 384);

        // When
        var vectors = encoder.Encode(["We operate a grievance hotline.", "We operate a grievance hotline.", "Export licences are required.", ""], CancellationToken.None);

        // Then
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 5));
        Assert.Equal(vectors[0], vectors[1]);
        Assert.NotEqual(vectors[0], vectors[2]);
        Assert.Equal("model-id", encoder.ModelId);
    }

    [Fact]
    public void Encode_GivesDenseVectors_WhoseSignsSpreadAsTheModels()
    {
        // Given: a one-word text and two texts without a word in common
        var encoder = new StandInEncoder("model-id", 384);

        // When
        var vectors = encoder.Encode(["grievance", "Export licences are required.", "Our hotline takes complaints."], CancellationToken.None);

        // Then: every dimension carries a value, about half of them negative, and unrelated texts differ in about half
        // their signs (a word hashed to one dimension left 383 zeros, all counted as the same sign)
        Assert.All(vectors[0], v => Assert.NotEqual(0f, v));
        Assert.InRange(vectors[0].Count(v => v < 0), 150, 234);
        var differing = vectors[1].Zip(vectors[2]).Count(p => float.IsNegative(p.First) != float.IsNegative(p.Second));
        Assert.InRange(differing, 120, 264);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("yes", false)]
    [InlineData("Stand-In", false)]
    [InlineData("stand-in", true)]
    public void IsRequest_OnlyForTheValueStandIn(string? value, bool expected) =>
        Assert.Equal(expected, StandInEncoder.IsRequest(value));
}
