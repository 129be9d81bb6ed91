using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Segments;

/// <summary>One reply split into segments, attributed to a company within a campaign.</summary>
public sealed record SegmentedReply(
    ExtractedDocument Document,
    string CampaignId,
    CompanyAttribution Company,
    ImmutableArray<Segment> Segments);
