namespace Pipeline.Search.Indexing;

/// <summary>The sentence vector of one answer paragraph of a segment: what search by meaning compares a query with.</summary>
/// <param name="Paragraph">0-based position of the paragraph in the segment's text (paragraphs separated by blank lines).</param>
/// <param name="Values">Unit-length vector from the encoder the segment records (<see cref="IndexedSegment.VectorModel"/>).</param>
public sealed record PassageVector(int Paragraph, float[] Values);
