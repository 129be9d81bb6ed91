using System.Text.Json;
using Pipeline.Core.Json;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Search.Tests.Fixtures;
using Pipeline.Testing;

namespace Pipeline.Search.Tests;

/// <summary>
/// How the index is opened (issue 17): searches map its files, a pass over a campaign reads them through file streams
/// so that they stay out of the resident size, and both read the same segments and hits.
/// </summary>
public sealed class IndexAccessPatternTests
{
    [MappedFilesFact]
    public void Sequential_ReadsEverySegment_WithoutMappingAnyFileOfTheIndex()
    {
        // Given the index of four replies in two campaigns
        using var temp = TempIndex.WithAllReplies();

        // When it is opened for one pass and every segment of the MENA campaign is read, as compare reads them
        using var index = SegmentIndex.Open(temp.Path, IndexAccessPattern.Sequential);
        var segments = index.ReadSegments(Replies.Mena);

        // Then all nine were read, and no file of the index is mapped into this process
        Assert.Equal(9, segments.Count);
        Assert.Equal(IndexAccessPattern.Sequential, index.Access);
        Assert.Empty(MappedFiles.Under(temp.Path));
    }

    [MappedFilesFact]
    public void Random_TheDefault_MapsTheIndexFiles()
    {
        // Given the same index
        using var temp = TempIndex.WithAllReplies();

        // When it is opened as search and the web app open it, and searched
        using var index = SegmentIndex.Open(temp.Path);
        var hits = index.Search(SearchQueryParser.Parse("facial").Query!).Total;

        // Then its files are mapped (what the test above would see if the sequential reader mapped them)
        Assert.Equal(2, hits);
        Assert.Equal(IndexAccessPattern.Random, index.Access);
        Assert.NotEmpty(MappedFiles.Under(temp.Path));
    }

    [Theory]
    [InlineData("grievance OR complaints OR plaintes")]
    [InlineData("facial")]
    [InlineData("*:*")]
    public void BothPatterns_ReadTheSameSegmentsHitsAndFacets(string query)
    {
        // Given the index of four replies, opened both ways
        using var temp = TempIndex.WithAllReplies();
        using var random = SegmentIndex.Open(temp.Path, IndexAccessPattern.Random);
        using var sequential = SegmentIndex.Open(temp.Path, IndexAccessPattern.Sequential);
        var parsed = SearchQueryParser.Parse(query).Query!;

        // When each searches and lists the campaign's segments
        var (a, b) = (random.Search(parsed, limit: 20), sequential.Search(parsed, limit: 20));

        // Then the hits (order, scores, snippets), the facet counts and the segments are the same, field for field
        Assert.NotEmpty(a.Hits);
        Assert.Equal(Json(a), Json(b));
        Assert.Equal(Json(random.ReadSegments(Replies.Mena)), Json(sequential.ReadSegments(Replies.Mena)));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, PipelineJson.Indented);
}
