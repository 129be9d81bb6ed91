using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>Which part of a comparison to show, and how.</summary>
/// <param name="By">Columns by question (default) or by topic.</param>
/// <param name="Questions">Question columns to keep, in the order given; empty (default) keeps every question in questionnaire order.</param>
/// <param name="Companies">Companies to keep, by name or alias (case-insensitive), in the order given; empty (default) keeps them all.</param>
/// <param name="Topics">Topic columns to keep; empty (default) keeps all twelve.</param>
public sealed record CompareOptions(
    CompareBy By,
    ImmutableArray<QuestionId> Questions,
    ImmutableArray<string> Companies,
    ImmutableArray<Topic> Topics)
{
    /// <summary>Every company and question, columns by question.</summary>
    public static CompareOptions Default { get; } = new(CompareBy.Question, [], [], []);
}
