namespace Pipeline.Search.Semantic;

/// <summary>A segment near a query by meaning: its top-level doc id, its best paragraph's cosine similarity and that paragraph.</summary>
internal readonly record struct Neighbour(int Doc, float Similarity, int Paragraph);
