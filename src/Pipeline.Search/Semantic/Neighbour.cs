using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>A segment near a query by meaning: its top-level doc id, the cosine similarity of its nearest stored stretch (a paragraph or a sentence) and where that lies.</summary>
internal readonly record struct Neighbour(int Doc, float Similarity, VectorPlace Place);
