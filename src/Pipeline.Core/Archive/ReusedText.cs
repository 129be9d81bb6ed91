using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Core.Archive;

/// <summary>One side of a reuse: a paragraph of a reply, or of a reference document.</summary>
/// <param name="Company">The company (as the archive names it), or the reference's owner.</param>
/// <param name="File">The reply or reference file name.</param>
/// <param name="Text">The paragraph.</param>
/// <param name="CampaignId">The reply's campaign; null for a reference document.</param>
/// <param name="Questions">The questions the paragraph answers; empty for a reference.</param>
public sealed record ReusedText(string Company, string File, string Text, string? CampaignId, ImmutableArray<QuestionId> Questions)
{
    public bool IsReference => CampaignId is null;
}
