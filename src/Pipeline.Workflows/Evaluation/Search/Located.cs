using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>A judged passage and the indexed segments ("document#ordinal") whose text contains its excerpt; none when it was not found.</summary>
internal sealed record Located(JudgedPassage Passage, ImmutableArray<string> Segments);
