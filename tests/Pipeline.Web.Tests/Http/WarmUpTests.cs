using Pipeline.Search.Reading;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>The server reads the index's vectors and facets as it starts, so that the first search by meaning need not (issue 17).</summary>
[Collection(DemoCorpus.Name)]
public sealed class WarmUpTests(DemoServer demo)
{
    [Fact]
    public async Task Warmed_HoldsEveryStoredVector_OfTheIndexServed()
    {
        // When the demo's server has started, without a request
        var warmed = await demo.Server.Server.Warmed.WaitAsync(TimeSpan.FromMinutes(2));

        // Then it has read every vector the index stores
        using var index = SegmentIndex.Open(demo.Index);
        Assert.NotNull(warmed);
        Assert.Equal(index.VectorCount, warmed.Vectors);
        Assert.True(warmed.Vectors > 0);
    }

    [Fact]
    public async Task Warmed_IsNothing_WithoutAnIndex()
    {
        // Given a server over a folder with no index yet
        using var empty = new TempFolder("empty");
        await using var server = await RunningServer.StartAsync(empty.Combine("index"));

        // When / Then
        Assert.Null(await server.Server.Warmed.WaitAsync(TimeSpan.FromMinutes(1)));
    }
}
