using System.Collections.Immutable;

namespace Pipeline.Search.Querying;

/// <summary>The answer to one search: the best hits by relevance, the number of matches, and facet counts over all of them.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Total">Matching segments, all of them (not only those in <paramref name="Hits"/>); when not <see cref="Complete"/>, those found before the search stopped.</param>
/// <param name="Hits">The best matches, most relevant first.</param>
/// <param name="Facets">Counts per company, question, topic and status over all matches.</param>
public sealed record SearchResults(string Query, int Total, ImmutableArray<SearchHit> Hits, FacetCounts Facets)
{
    /// <summary>How the segments were found: keyword unless a search by meaning or a hybrid one was asked for.</summary>
    public SearchMode Mode { get; init; } = SearchMode.Keyword;

    /// <summary>False when the search ran out of time: the total, hits and facets cover only the part of the index searched.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>What to know about these results (partial, a term cut short, segments indexed by an older version); empty when nothing.</summary>
    public ImmutableArray<SearchNotice> Notices { get; init; } = [];
}
