using Pipeline.Core.Review;
using Pipeline.Search.Indexing;

namespace Pipeline.Web.Data;

/// <summary>The answers a researcher should check first: those marked needsReview, least sure first.</summary>
internal static class ReviewQueue
{
    public static IReadOnlyList<IndexedSegment> Of(IEnumerable<IndexedSegment> segments) =>
        [.. segments.Where(s => s.NeedsReview).OrderBy(Sureness).ThenBy(s => s.Company, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.FileName, StringComparer.Ordinal).ThenBy(s => s.Ordinal)];

    /// <summary>The lower of the figures that put the segment in the queue: its tie to the question (when that is unsure) and its topic score.</summary>
    public static double Sureness(IndexedSegment segment) =>
        segment.ReviewReasons.Contains(ReviewReason.LowAttribution) ? Math.Min(segment.Confidence, segment.TopicScore) : segment.TopicScore;
}
