using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Core.Review;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Json;

/// <summary>One answer excerpt with its provenance.</summary>
internal sealed record JsonAnswer(
    string Text,
    string File,
    ImmutableArray<int> Pages,
    string DocumentId,
    SegmentMethod Method,
    double Confidence,
    ImmutableArray<QuestionId> Questions,
    Topic? Topic,
    double TopicScore,
    bool NeedsReview,
    ImmutableArray<ReviewReason> ReviewReasons,
    CorrectionMark? Correction)
{
    public static JsonAnswer From(AnswerExcerpt a) =>
        new(a.Text, a.File, a.Pages.OrEmpty(), a.DocumentId, a.Method, a.Confidence, a.Questions.OrEmpty(), a.Topic, a.TopicScore, a.NeedsReview, a.ReviewReasons, a.Correction);
}
