using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
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
}
