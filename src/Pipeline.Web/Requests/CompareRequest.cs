using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting;
using Pipeline.Core.Segments;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Schema;

namespace Pipeline.Web.Requests;

/// <summary>
/// A comparison view as a URL carries it: campaign, <c>by</c> (question or topic), the <c>questions</c> and
/// <c>companies</c> kept (repeated parameters; questions may also be comma-separated, as on the command line), the
/// <c>status</c>es a company must have in one of those questions to be kept (repeated; none keeps every company), the
/// <c>page</c> of companies shown, and the detail shown: <c>column</c> (a question id or topic) alone for every company
/// of the page side by side, with <c>company</c> for one cell.
/// </summary>
internal sealed record CompareRequest
{
    public string? Campaign { get; init; }

    public CompareBy By { get; init; }

    public ImmutableArray<string> Questions { get; init; } = [];

    public ImmutableArray<string> Companies { get; init; } = [];

    /// <summary>Keep the companies with one of these statuses in one of the questions kept; empty keeps them all.</summary>
    public ImmutableArray<AnswerStatus> Statuses { get; init; } = [];

    /// <summary>The page of companies shown, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The question id or topic label whose answers are shown below the matrix; null for none.</summary>
    public string? Column { get; init; }

    /// <summary>With <see cref="Column"/>: the one company whose answers are shown.</summary>
    public string? Company { get; init; }

    public static CompareRequest From(IQueryCollection query, out string? problem)
    {
        problem = null;
        var by = query["by"].ToString();
        var parsedBy = CompareBy.Question;
        if (by.Length > 0 && !Enum.TryParse(by, ignoreCase: true, out parsedBy))
        {
            problem = $"by must be question or topic, not '{by}'";
        }

        var statuses = query["status"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        foreach (var wrong in statuses.Where(s => !SnakeCaseLabels.TryParse<AnswerStatus>(s, out _)))
        {
            problem ??= $"status '{wrong}' is not a status (one of: {string.Join(", ", SnakeCaseLabels.All<AnswerStatus>())})";
        }

        var page = QueryNumber.Read(query, "page", 1, 1, null, ref problem);
        return new CompareRequest
        {
            Campaign = Value(query, "campaign"),
            By = parsedBy,
            Questions = [.. query["questions"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            Companies = [.. query["companies"].Select(v => (v ?? string.Empty).Trim()).Where(v => v.Length > 0)],
            Statuses = [.. statuses.Select(s => SnakeCaseLabels.TryParse<AnswerStatus>(s, out var status) ? status : (AnswerStatus?)null).OfType<AnswerStatus>().Distinct()],
            Page = page,
            Column = Value(query, "column"),
            Company = Value(query, "company"),
        };
    }

    /// <summary>The selection as the libraries take it; <paramref name="problems"/> lists question ids that do not parse.</summary>
    public CompareOptions ToOptions(out ImmutableArray<string> problems)
    {
        problems = [.. Questions.Where(q => !QuestionId.TryParse(q, out _)).Select(q => $"'{q}' is not a question id (e.g. 2d)")];
        return new CompareOptions(By, [.. Questions.Where(q => QuestionId.TryParse(q, out _)).Select(QuestionId.Parse)], Companies, []);
    }

    /// <summary>The compare page of this selection in <paramref name="campaign"/>, on this page of companies, showing the given detail.</summary>
    public string PageUrl(string campaign, string? column = null, string? company = null, CompareBy? by = null) =>
        Url.Build("/compare", [.. Selection(campaign, by ?? By), ("page", PageText(Page)), ("column", column), ("company", company)])
        + (column is null ? string.Empty : "#answers");

    /// <summary>This view on another page of companies.</summary>
    public string AtPage(string campaign, int page) =>
        Url.Build("/compare", [.. Selection(campaign, By), ("page", PageText(page)), ("column", Column), ("company", Company)])
        + (Column is null ? string.Empty : "#answers");

    /// <summary>This selection as a file of <paramref name="format"/>.</summary>
    public string ExportUrl(string campaign, ComparisonFormat format) =>
        Url.Build("/compare/export", [("format", format.ToString().ToLowerInvariant()), .. Selection(campaign, By)]);

    /// <summary>This selection from the JSON API.</summary>
    public string ApiUrl(string campaign) => Url.Build("/api/compare", Selection(campaign, By));

    private IEnumerable<(string Name, string? Value)> Selection(string campaign, CompareBy by) =>
        [("campaign", campaign), ("by", by == CompareBy.Question ? null : "topic"),
            .. Questions.Select(q => ("questions", (string?)q)), .. Companies.Select(c => ("companies", (string?)c)),
            .. Statuses.Select(s => ("status", (string?)SnakeCaseLabels.ToLabel(s)))];

    private static string? PageText(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } value ? value : null;
}
