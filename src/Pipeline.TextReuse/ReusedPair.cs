namespace Pipeline.TextReuse;

/// <summary>Two passages that share most of their text.</summary>
/// <param name="First">Index of one passage in the list searched.</param>
/// <param name="Second">Index of the other (greater than <paramref name="First"/>).</param>
/// <param name="Similarity">Jaccard similarity of their word shingles, 0 to 1.</param>
/// <param name="Containment">Share of the shorter passage's shingles found in the longer, 0 to 1 (a paragraph pasted into a longer one scores high here).</param>
public sealed record ReusedPair(int First, int Second, double Similarity, double Containment);
