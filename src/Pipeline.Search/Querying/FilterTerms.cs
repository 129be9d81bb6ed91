using Pipeline.Core.Topics;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>The keyword field and value each filter restricts, shared by the embedded index and the Query DSL translation so both filter alike.</summary>
public static class FilterTerms
{
    /// <summary>One (field, value) pair per filter set, values as given (the caller normalises them as its index does).</summary>
    public static IEnumerable<(string Field, string Value)> Of(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Campaign is { } campaign)
        {
            yield return (SegmentFields.Campaign, campaign);
        }

        if (filters.Company is { } company)
        {
            yield return (SegmentFields.Company, company);
        }

        if (filters.Question is { } question)
        {
            // A bare number stands for the question and all its sub-questions.
            var field = question.Number == question.Value && !question.IsGeneral ? SegmentFields.QuestionParent : SegmentFields.Question;
            yield return (field, question.Value);
        }

        if (filters.Topic is { } topic)
        {
            yield return (SegmentFields.Topic, topic.ToLabel());
        }

        if (filters.Status is { } status)
        {
            yield return (SegmentFields.Status, SnakeCaseLabels.ToLabel(status));
        }
    }
}
