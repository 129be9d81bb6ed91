namespace Pipeline.Search.Indexing;

/// <summary>
/// The sentence vector of one stretch of an answer paragraph of a segment — the whole paragraph, or one of its
/// sentences: what search by meaning compares a query with.
/// </summary>
/// <param name="Paragraph">0-based position of the paragraph in the segment's text (paragraphs separated by blank lines).</param>
/// <param name="Start">Where the stretch starts in the paragraph (0 for the whole paragraph).</param>
/// <param name="Length">Its length in UTF-16 code units (the paragraph's for the whole paragraph).</param>
/// <param name="Values">Unit-length vector from the encoder the segment records (<see cref="IndexedSegment.VectorModel"/>).</param>
public sealed record PassageVector(int Paragraph, int Start, int Length, float[] Values);
