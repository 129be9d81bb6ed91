using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Review;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Segments;

/// <summary>A company's answer to one or more questions (or general text), made of paragraphs in reading order. Immutable.</summary>
/// <param name="DocumentId">The reply's document id (SHA-256).</param>
/// <param name="Questions">Question ids answered, the primary one first; [general] when none.</param>
/// <param name="Method">What tied the segment to its questions.</param>
/// <param name="Confidence">How sure the method is, 0 to 1.</param>
/// <param name="Passages">The paragraphs, in reading order.</param>
public sealed record Segment(
    string DocumentId,
    ImmutableArray<QuestionId> Questions,
    SegmentMethod Method,
    double Confidence,
    ImmutableArray<Passage> Passages)
{
    /// <summary>The primary question; <see cref="QuestionId.General"/> when none.</summary>
    public QuestionId PrimaryQuestion => Questions.IsDefaultOrEmpty ? QuestionId.General : Questions[0];

    public bool IsGeneral => PrimaryQuestion.IsGeneral;

    /// <summary>
    /// True when every paragraph is structure (labels, restated questions, a section title): the segment ties a place
    /// in the reply to its questions but answers nothing, so it counts in no status and no search.
    /// </summary>
    public bool IsStructure => !Passages.IsDefaultOrEmpty && Passages.All(p => p.IsStructure);

    /// <summary>The paragraphs that answer, joined by blank lines: <see cref="Text"/> without labels and restated questions.</summary>
    public string AnswerText => string.Join("\n\n", Passages.Where(p => !p.IsStructure).Select(p => p.Text));

    /// <summary>The paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Passages.Select(p => p.Text));

    /// <summary>Distinct pages the segment spans, ascending; empty where pages are unknown.</summary>
    public ImmutableArray<int> Pages => [.. Passages.SelectMany(p => new[] { p.Page, p.ContinuedOnPage }).Where(p => p > 0).Distinct().Order()];

    /// <summary>The primary topic: the label covering most text among the passages; null until classified.</summary>
    public Topic? Topic { get; init; }

    /// <summary>Score of the primary topic (mean over the passages carrying it).</summary>
    public double TopicScore { get; init; }

    /// <summary>Distinct topic labels of the passages, most text first.</summary>
    public ImmutableArray<Topic> Topics { get; init; } = [];

    /// <summary>What a researcher corrected here, with the machine's reading; null when nobody did.</summary>
    public CorrectionMark? Correction { get; init; }

    /// <summary>Why a researcher should check this reading first (<see cref="ReviewPolicy"/>); empty when it is sure enough or was corrected.</summary>
    public ImmutableArray<ReviewReason> ReviewReasons => Correction is null ? ReviewPolicy.Assess(this) : [];

    /// <summary>True when <see cref="ReviewReasons"/> is not empty.</summary>
    public bool NeedsReview => !ReviewReasons.IsEmpty;
}
