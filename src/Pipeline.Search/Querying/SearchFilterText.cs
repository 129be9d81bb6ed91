using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Querying;

/// <summary>
/// Filter values as a person types them (command-line options, URL parameters), checked and turned into
/// <see cref="SearchFilters"/>, so that the command line and the web app accept and refuse the same values.
/// </summary>
public static class SearchFilterText
{
    /// <summary>The filters the values name; blank values are no restriction.</summary>
    /// <param name="problems">One line per invalid value, starting with the filter's name ("topic 'x' is not a topic (one of: …)"); empty when all are valid.</param>
    /// <returns>The filters, without the invalid values.</returns>
    public static SearchFilters Parse(
        string? campaign, string? company, string? question, string? topic, string? status, out ImmutableArray<string> problems)
    {
        var found = ImmutableArray.CreateBuilder<string>();
        var filters = new SearchFilters
        {
            Campaign = Blank(campaign) ? null : campaign,
            Company = Blank(company) ? null : company,
            Question = Blank(question) ? null
                : QuestionId.TryParse(question, out var id) ? id
                : Problem<QuestionId>(found, $"question '{question}' is not a question id (e.g. 2d, 3 or general)"),
            Topic = Blank(topic) ? null
                : TopicLabels.TryParse(topic, out var t) ? t
                : Problem<Topic>(found, $"topic '{topic}' is not a topic (one of: {string.Join(", ", TopicLabels.All.Select(x => x.ToLabel()))})"),
            Status = Blank(status) ? null
                : SnakeCaseLabels.TryParse<AnswerStatus>(status, out var s) ? s
                : Problem<AnswerStatus>(found, $"status '{status}' is not a status (one of: {string.Join(", ", SnakeCaseLabels.All<AnswerStatus>())})"),
        };
        problems = found.ToImmutable();
        return filters;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static T? Problem<T>(ImmutableArray<string>.Builder problems, string problem)
        where T : struct
    {
        problems.Add(problem);
        return null;
    }
}
