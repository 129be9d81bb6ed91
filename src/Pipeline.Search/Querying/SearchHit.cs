using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Review;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Search.Querying;

/// <summary>One matching segment, with a snippet of its text around the matched terms.</summary>
/// <param name="Company">The reply's company; null when undetermined.</param>
/// <param name="Questions">Question ids the segment answers, the primary one first.</param>
/// <param name="Topic">Its classified topic; null when not classified.</param>
/// <param name="Document">The reply's document id.</param>
/// <param name="File">The reply's file name.</param>
/// <param name="Pages">Pages the segment spans; empty where unknown.</param>
/// <param name="Score">Relevance; higher is better, comparable only within one search.</param>
/// <param name="Snippet">Up to about 200 characters of the text around the best-matching terms, whitespace collapsed; "…" marks cut text.</param>
/// <param name="Matches">Where the matched terms lie in <paramref name="Snippet"/>, in order.</param>
public sealed record SearchHit(
    string? Company,
    ImmutableArray<QuestionId> Questions,
    Topic? Topic,
    string Document,
    string File,
    ImmutableArray<int> Pages,
    float Score,
    string Snippet,
    ImmutableArray<MatchSpan> Matches)
{
    public string Campaign { get; init; } = string.Empty;

    public AnswerStatus? Status { get; init; }

    public string Language { get; init; } = string.Empty;

    /// <summary>The segment's 0-based position in its reply.</summary>
    public int Ordinal { get; init; }

    /// <summary>Whether its words, its meaning or both matched; keyword in a keyword search.</summary>
    public SearchMatch MatchedBy { get; init; } = SearchMatch.Keyword;

    /// <summary>Cosine similarity of its most similar paragraph to the query, when it was compared by meaning; else null.</summary>
    public float? Similarity { get; init; }

    /// <summary>How sure the segment's tie to its questions is, 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>The classifier's probability for <see cref="Topic"/>.</summary>
    public double TopicScore { get; init; }

    /// <summary>What a researcher corrected in the segment, with the machine's reading; null when nobody did.</summary>
    public CorrectionMark? Correction { get; init; }

    /// <summary>Why a researcher should check this reading first (<see cref="ReviewPolicy"/>); empty when it is sure enough.</summary>
    public ImmutableArray<ReviewReason> ReviewReasons { get; init; } = [];

    /// <summary>True when <see cref="ReviewReasons"/> is not empty.</summary>
    public bool NeedsReview => !ReviewReasons.IsDefaultOrEmpty;
}
