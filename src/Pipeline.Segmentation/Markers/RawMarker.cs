using System.Collections.Immutable;

namespace Pipeline.Segmentation.Markers;

/// <summary>A question marker found at the start of a text: its references and how many characters it spans.</summary>
/// <param name="HoldsOutOfOrder">True for a part named in the letter's own two-level numbering ("A-i.", "[2-b]"), which
/// holds even where the letter answers out of the questionnaire's order.</param>
internal sealed record RawMarker(MarkerKind Kind, ImmutableArray<RawReference> References, int Length, bool HoldsOutOfOrder = false);
