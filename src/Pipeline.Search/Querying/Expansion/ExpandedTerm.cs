using Lucene.Net.Search;

namespace Pipeline.Search.Querying.Expansion;

/// <summary>A multi-term query as the words it stands for.</summary>
/// <param name="Query">One optional clause per word (none when nothing matched).</param>
/// <param name="Truncated">More words matched than were kept.</param>
/// <param name="TimedOut">The deadline passed before every word was found.</param>
internal sealed record ExpandedTerm(Query Query, bool Truncated, bool TimedOut);
