using System.ComponentModel;
using Pipeline.Cli.Commands.Export;
using Pipeline.Cli.Infrastructure;
using Pipeline.Search.Querying;
using Pipeline.Workflows.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class SearchSettings : IndexSettings
{
    [CommandArgument(0, "<query>")]
    [Description("Lucene classic syntax: AND/OR/NOT, \"phrases\", \"facial recognition\"~5, drone~, surveil*, authori?ation, /licen[[cs]]e/, company:Thales, page:[[2 TO 3]]. Wildcard, fuzzy and regex terms match the words as written, not their stems.")]
    public string Query { get; init; } = string.Empty;

    [CommandOption("--company <NAME>")]
    [Description("Only this company's segments: its name or an alias from the campaign (case ignored); an unknown company is an error.")]
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

    [CommandOption("--mode <MODE>")]
    [Description("keyword (Lucene syntax over the words), semantic (nearest answers by meaning, the query read as plain text) or hybrid (both, fused by reciprocal rank). Default: hybrid for plain words and \"phrases\", keyword for a query using operators, wildcards, fuzzy terms or fields.")]
    public string? Mode { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Hits to show (default 10); totals and facet counts cover all matches.")]
    [DefaultValue(10)]
    public int Limit { get; init; } = 10;

    [CommandOption("--offset <N>")]
    [Description("Skip the first N hits, to read further pages (e.g. --offset 10 with the default --limit).")]
    [DefaultValue(0)]
    public int Offset { get; init; }

    [CommandOption("--backend <BACKEND>")]
    [Description("embedded (default: the index in --index) or opensearch (segments exported with `pipeline export --format opensearch`, at --url; keyword search only).")]
    public string? Backend { get; init; }

    [CommandOption("--url <URL>")]
    [Description("With --backend opensearch: the server, e.g. http://127.0.0.1:9200.")]
    public string? Url { get; init; }

    [CommandOption("--opensearch-index <NAME>")]
    [Description("With --backend opensearch: the index the segments were exported to (default pipeline-segments).")]
    public string? IndexName { get; init; }

    /// <summary>True when the search goes to an OpenSearch server rather than the embedded index.</summary>
    public bool UsesOpenSearch => string.Equals(Backend, "opensearch", StringComparison.OrdinalIgnoreCase);

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : Backend is not null && !UsesOpenSearch && !string.Equals(Backend, "embedded", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error($"--backend: '{Backend}' is not embedded or opensearch")
        : UsesOpenSearch && Url is null ? ValidationResult.Error("--backend opensearch needs --url (e.g. --url http://127.0.0.1:9200)")
        : !UsesOpenSearch && (Url ?? IndexName) is not null
            ? ValidationResult.Error($"{(Url is null ? OpenSearchTarget.IndexNameOption : OpenSearchTarget.UrlOption)} is for --backend opensearch; add --backend opensearch")
        : Url is not null && OpenSearchTarget.UrlProblem(Url) is { } url ? ValidationResult.Error(url)
        : UsesOpenSearch && Mode is not null && !string.Equals(Mode, "keyword", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error($"--mode {Mode}: the opensearch backend searches by words only (vectors are not exported); use --mode keyword or the embedded index")
        : ValidationResult.Success();

    /// <exception cref="UsageException">--mode names no mode.</exception>
    public SearchMode ToMode() =>
        Mode is null ? ModeSearch.DefaultFor(Query)
        : ModeSearch.TryParseMode(Mode, out var mode) ? mode
        : throw new UsageException($"--mode: '{Mode}' is not keyword, semantic or hybrid");

    /// <exception cref="UsageException">An option's value is not valid.</exception>
    public SearchFilters ToFilters()
    {
        if (Limit < 0)
        {
            throw new UsageException("--limit must be 0 or more");
        }

        if (Offset < 0)
        {
            throw new UsageException("--offset must be 0 or more");
        }

        var filters = SearchFilterText.Parse(Campaign, Company, Question, Topic, Status, out var problems);
        return problems.IsEmpty ? filters : throw new UsageException("--" + problems[0]);
    }
}
