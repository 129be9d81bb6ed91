using System.Collections.Immutable;

namespace Pipeline.Core.Archive;

/// <summary>One paragraph's fate between two versions of an answer.</summary>
/// <param name="Kind">Unchanged, edited, new or dropped.</param>
/// <param name="Before">The earlier paragraph; null when new.</param>
/// <param name="After">The later paragraph; null when dropped.</param>
/// <param name="Similarity">Jaccard similarity of their word shingles, 0 to 1 (0 when one side is missing).</param>
/// <param name="Diff">Word-level diff of an edited paragraph; empty otherwise.</param>
public sealed record ParagraphChange(ChangeKind Kind, string? Before, string? After, double Similarity, ImmutableArray<WordEdit> Diff);
