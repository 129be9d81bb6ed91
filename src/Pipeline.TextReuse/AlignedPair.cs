namespace Pipeline.TextReuse;

/// <summary>A paragraph of the later version paired with the earlier one it repeats or edits.</summary>
/// <param name="Before">Index of the earlier paragraph.</param>
/// <param name="After">Index of the later paragraph.</param>
/// <param name="BeforeText">The earlier text paired: the paragraph, or the sentences of it that the later version keeps as a paragraph of their own.</param>
/// <param name="AfterText">The later text paired, likewise.</param>
/// <param name="Similarity">Jaccard similarity of their word shingles, 0 to 1 (1 when unchanged).</param>
/// <param name="Unchanged">True when the words are the same (question labels, layout and hyphenation aside).</param>
public sealed record AlignedPair(int Before, int After, string BeforeText, string AfterText, double Similarity, bool Unchanged);
