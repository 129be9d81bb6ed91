using System.Collections.Immutable;

namespace Pipeline.TextReuse;

/// <summary>What <see cref="NearDuplicateFinder.Search"/> found.</summary>
/// <param name="Pairs">Each passage paired with the earliest passages it copies (at most the search's limit of sources per passage).</param>
/// <param name="Groups">For each passage, the group of copies it belongs to (passages joined by a found pair or copied word for word share one number); -1 when it has none.</param>
public sealed record NearDuplicates(ImmutableArray<ReusedPair> Pairs, ImmutableArray<int> Groups);
