using System.Collections.Immutable;

namespace Pipeline.Reporting.Selection;

/// <summary>One company's row of a <see cref="ComparisonSummary"/>.</summary>
/// <param name="Questions">Its cells, in the campaign's question order.</param>
/// <param name="Passages">Its passages per topic, in <see cref="Core.Topics.TopicLabels.All"/>'s order.</param>
public sealed record CompanySummary(ImmutableArray<QuestionCellSummary> Questions, ImmutableArray<int> Passages);
