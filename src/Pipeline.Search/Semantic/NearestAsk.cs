using Lucene.Net.Util;

namespace Pipeline.Search.Semantic;

/// <summary>One list of nearest segments asked of <see cref="VectorSnapshot.NearestEach"/>: the k nearest among the allowed segments (top-level doc ids), at least the minimum similarity.</summary>
internal readonly record struct NearestAsk(FixedBitSet Allowed, int K, float MinSimilarity);
