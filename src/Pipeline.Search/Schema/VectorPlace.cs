namespace Pipeline.Search.Schema;

/// <summary>Which stretch of a segment's text a stored vector encodes: a paragraph, and a start and length within it.</summary>
internal readonly record struct VectorPlace(int Paragraph, int Start, int Length);
