using System.Collections.Immutable;

namespace Pipeline.Segmentation.Markers;

/// <summary>A question marker found at the start of a text: its references and how many characters it spans.</summary>
internal sealed record RawMarker(MarkerKind Kind, ImmutableArray<RawReference> References, int Length);
