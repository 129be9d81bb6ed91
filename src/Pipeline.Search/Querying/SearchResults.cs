using System.Collections.Immutable;

namespace Pipeline.Search.Querying;

/// <summary>The answer to one search: the best hits by relevance, the number of matches, and facet counts over all of them.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Total">Matching segments, all of them (not only those in <paramref name="Hits"/>).</param>
/// <param name="Hits">The best matches, most relevant first.</param>
/// <param name="Facets">Counts per company, question, topic and status over all matches.</param>
public sealed record SearchResults(string Query, int Total, ImmutableArray<SearchHit> Hits, FacetCounts Facets);
