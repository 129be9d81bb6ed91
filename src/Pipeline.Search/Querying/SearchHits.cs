using System.Collections.Immutable;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Querying;

/// <summary>Makes the hit of a matching segment, the one way every search backend shows a segment.</summary>
public static class SearchHits
{
    /// <param name="score">The backend's relevance; a non-finite one reads as 0.</param>
    public static SearchHit Of(IndexedSegment segment, float score, string snippet, ImmutableArray<MatchSpan> matches)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return new(segment.Company, segment.Questions, segment.Topic, segment.DocumentId, segment.FileName, segment.Pages, float.IsFinite(score) ? score : 0, snippet, matches)
        {
            Campaign = segment.CampaignId,
            Status = segment.Status,
            Language = segment.Language,
            Ordinal = segment.Ordinal,
            Confidence = segment.Confidence,
            TopicScore = segment.TopicScore,
            ReviewReasons = segment.ReviewReasons,
            Correction = segment.Correction,
        };
    }
}
