using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class SearchSettings : IndexSettings
{
    [CommandArgument(0, "<query>")]
    [Description("Lucene classic syntax: AND/OR/NOT, \"phrases\", \"facial recognition\"~5, drone~, surveil*, company:Thales, page:[[2 TO 3]].")]
    public string Query { get; init; } = string.Empty;

    [CommandOption("--company <NAME>")]
    [Description("Only this company's segments (case ignored).")]
    public string? Company { get; init; }

    [CommandOption("--question <ID>")]
    [Description("Only answers to this question, e.g. 2d; a number (2) includes its sub-questions.")]
    public string? Question { get; init; }

    [CommandOption("--topic <TOPIC>")]
    [Description("Only segments of this topic, e.g. grievance_mechanism.")]
    public string? Topic { get; init; }

    [CommandOption("--campaign <ID>")]
    [Description("Only this campaign's segments.")]
    public string? Campaign { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("Only answers with this status: answered, partial, declined, not_addressed, no_response.")]
    public string? Status { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Hits to show (default 10); totals and facet counts cover all matches.")]
    [DefaultValue(10)]
    public int Limit { get; init; } = 10;

    /// <exception cref="UsageException">An option's value is not valid.</exception>
    public SearchFilters ToFilters()
    {
        if (Limit < 0)
        {
            throw new UsageException("--limit must be 0 or more");
        }

        return new SearchFilters
        {
            Campaign = Campaign,
            Company = Company,
            Question = Question is null ? null
                : QuestionId.TryParse(Question, out var question) ? question
                : throw new UsageException($"--question '{Question}' is not a question id (e.g. 2d, 3 or general)"),
            Topic = Topic is null ? null
                : TopicLabels.TryParse(Topic, out var topic) ? topic
                : throw new UsageException($"--topic '{Topic}' is not a topic (one of: {string.Join(", ", TopicLabels.All.Select(t => t.ToLabel()))})"),
            Status = Status is null ? null
                : SnakeCaseLabels.TryParse<AnswerStatus>(Status, out var status) ? status
                : throw new UsageException($"--status '{Status}' is not a status (one of: {string.Join(", ", SnakeCaseLabels.All<AnswerStatus>())})"),
        };
    }
}
