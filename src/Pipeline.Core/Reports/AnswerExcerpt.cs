using System.Collections.Immutable;
using Pipeline.Core.Corrections;
using Pipeline.Core.Review;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Reports;

/// <summary>One segment of a reply as a report shows it: its text and where it comes from.</summary>
/// <param name="Text">The segment's text.</param>
/// <param name="DocumentId">The reply's document id (SHA-256).</param>
/// <param name="File">The reply's file name.</param>
/// <param name="Pages">Pages the text spans; empty where pages are unknown (Word).</param>
/// <param name="Questions">The questions the segment answers, primary first.</param>
/// <param name="Method">What tied it to its questions.</param>
/// <param name="Confidence">How sure that tie is, 0 to 1.</param>
public sealed record AnswerExcerpt(
    string Text,
    string DocumentId,
    string File,
    ImmutableArray<int> Pages,
    ImmutableArray<Campaigns.QuestionId> Questions,
    SegmentMethod Method,
    double Confidence)
{
    /// <summary>Its paragraphs also found elsewhere in the archive (<c>reuse</c>); empty when none, or not looked for.</summary>
    public ImmutableArray<Archive.ReuseMark> Reused { get; init; } = [];

    /// <summary>Primary topic; null when unclassified.</summary>
    public Topic? Topic { get; init; }

    /// <summary>The classifier's score for <see cref="Topic"/>.</summary>
    public double TopicScore { get; init; }

    /// <summary>All topics of its passages, most text first.</summary>
    public ImmutableArray<Topic> Topics { get; init; } = [];

    /// <summary>What a researcher corrected here, with the machine's reading; null when nobody did.</summary>
    public CorrectionMark? Correction { get; init; }

    /// <summary>Why a researcher should check this reading first (<see cref="ReviewPolicy"/>); empty when it is sure enough or was corrected.</summary>
    public ImmutableArray<ReviewReason> ReviewReasons => Correction is not null ? [] :
        ReviewPolicy.Assess(Questions.IsDefaultOrEmpty || Questions[0].IsGeneral, isStructure: false, Confidence, Topic, TopicScore);

    /// <summary>True when <see cref="ReviewReasons"/> is not empty.</summary>
    public bool NeedsReview => !ReviewReasons.IsEmpty;

    /// <summary>"p. 2–3" style provenance: the file and pages, or the file alone.</summary>
    public string Provenance => Pages.IsDefaultOrEmpty
        ? File
        : $"{File}, p. {(Pages.Length == 1 ? Pages[0].ToString() : $"{Pages[0]}–{Pages[^1]}")}";
}
