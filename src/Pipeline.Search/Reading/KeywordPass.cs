using System.Collections.Immutable;
using Lucene.Net.Search;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Reading;

/// <summary>What a keyword search found: the query as rewritten (for snippets), its best matches, whether it finished, its notices.</summary>
internal sealed record KeywordPass(Query Rewritten, TopScoreDocCollector Top, bool Complete, ImmutableArray<SearchNotice> Notices);
