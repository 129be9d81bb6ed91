using Pipeline.Search.Querying;
using Pipeline.Search.Reading;

namespace Pipeline.Search.Tests.Fixtures;

/// <summary>One index of every fixture reply, built once for the search tests (they only read).</summary>
public sealed class SharedIndex : IDisposable
{
    private readonly TempIndex _temp = TempIndex.WithAllReplies();

    public SharedIndex() => Index = _temp.Open();

    internal SegmentIndex Index { get; }

    /// <summary>Parses and runs a query that must be valid.</summary>
    internal SearchResults Search(string query, SearchFilters? filters = null, int limit = 20)
    {
        var parsed = SearchQueryParser.Parse(query);
        Assert.True(parsed.IsSuccess, parsed.Error?.Describe());
        return Index.Search(parsed.Query, filters, limit);
    }

    /// <summary>Hits as "file#ordinal", best first.</summary>
    internal IReadOnlyList<string> Found(string query, SearchFilters? filters = null) =>
        [.. Search(query, filters).Hits.Select(h => $"{h.File}#{h.Ordinal}")];

    public void Dispose()
    {
        Index.Dispose();
        _temp.Dispose();
    }
}
