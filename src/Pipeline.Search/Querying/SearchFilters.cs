using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Search.Querying;

/// <summary>Restrictions applied on top of a query; they narrow the matches (and so the facet counts) without changing scores. All null: no restriction.</summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public string? Campaign { get; init; }

    /// <summary>The company's name, ignoring case.</summary>
    public string? Company { get; init; }

    /// <summary>A question id; a bare number ("2") also matches its sub-questions (2a to 2e).</summary>
    public QuestionId? Question { get; init; }

    public Topic? Topic { get; init; }

    public AnswerStatus? Status { get; init; }
}
