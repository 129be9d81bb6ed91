using System.Collections.Immutable;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Review;

/// <summary>
/// Which machine readings a researcher should check first (<c>needsReview</c>): the one place the thresholds live, for
/// every surface (segment, search, compare, report, web). Thresholds come from the reliability tables of
/// <c>pipeline eval segmentation|classification</c> on the independent development replies (README, "Review").
/// </summary>
public static class ReviewPolicy
{
    /// <summary>
    /// An answer tied to its question(s) with less confidence than this needs review: such ties were right less than four
    /// times in five. Confidences are calibrated (<see cref="Segments.AttributionCalibration"/>: how often ties of the
    /// method and value were right on the development campaigns): with the table of 7 December 2026 this flags a
    /// paragraph routed by a topic scored under about 0.85 (0.46–0.769), not a weakly matched restated question (0.834)
    /// nor any marker (0.928 and up).
    /// </summary>
    public const double AttributionThreshold = 0.8;

    /// <summary>
    /// A topic scored below this needs review. Dev split: scores 0.2–0.7 were right 17–62 % of the time (79 passages),
    /// 0.7–0.8 74 %, 0.8 and above 85–97 %.
    /// </summary>
    public const double TopicThreshold = 0.7;

    /// <summary>Why a segment's reading needs review; empty when it does not. Structure (labels, restated questions) never does.</summary>
    /// <param name="isGeneral">True when the segment answers no question.</param>
    /// <param name="isStructure">True when it is only labels and restated questions.</param>
    /// <param name="confidence">How sure its tie to its questions is.</param>
    /// <param name="topic">Its primary topic; null when unclassified.</param>
    /// <param name="topicScore">The classifier's probability for <paramref name="topic"/>.</param>
    public static ImmutableArray<ReviewReason> Assess(bool isGeneral, bool isStructure, double confidence, Topic? topic, double topicScore)
    {
        // General "other" text is letterhead, greeting and courtesy: whatever its score, it changes no cell.
        if (isStructure || topic is null || (isGeneral && topic == Topic.Other))
        {
            return [];
        }

        var reasons = ImmutableArray.CreateBuilder<ReviewReason>();
        if (isGeneral)
        {
            // General text about a due-diligence topic is where missed answers hide.
            reasons.Add(ReviewReason.UnroutedContent);
        }
        else if (confidence < AttributionThreshold)
        {
            reasons.Add(ReviewReason.LowAttribution);
        }

        if (topicScore < TopicThreshold)
        {
            reasons.Add(ReviewReason.LowTopic);
        }

        return reasons.ToImmutable();
    }

    /// <summary>The reasons a classified segment needs review.</summary>
    public static ImmutableArray<ReviewReason> Assess(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Assess(segment.IsGeneral, segment.IsStructure, segment.Confidence, segment.Topic, segment.TopicScore);
    }
}
