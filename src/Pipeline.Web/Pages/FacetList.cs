using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>The facet filters beside the hits: each value a link narrowing the search, with its count over all matches.</summary>
internal static class FacetList
{
    public static string Render(SearchRequest request, FacetCounts facets, QuestionTitles titles)
    {
        var campaign = request.Filter("campaign");
        var html = new StringBuilder("<aside class=\"facets\" aria-label=\"Filters\">");
        Group(html, request, "campaign", "Campaign", facets.Campaign, id => id, titles.Campaign);
        Group(html, request, "company", "Company", facets.Company, name => name);
        Group(html, request, "question", "Question", facets.Question, id => QuestionLabel(id, titles, campaign));
        Group(html, request, "topic", "Topic", facets.Topic, label => TopicLabels.TryParse(label, out var t) ? t.Title() : label);
        Group(html, request, "status", "Answer status", facets.Status, StatusLabel);
        return html.Append("</aside>").ToString();
    }

    /// <summary>One facet's section (nothing when it has no values and none is selected), written to <paramref name="html"/>.</summary>
    private static void Group(
        StringBuilder html, SearchRequest request, string name, string heading, IReadOnlyDictionary<string, int> counts, Func<string, string> label, Func<string, string?>? tooltip = null)
    {
        var selected = request.Filter(name);
        var isSelectedKnown = selected is not null && counts.Keys.Any(k => string.Equals(k, selected, StringComparison.OrdinalIgnoreCase));
        if (counts.Count == 0 && selected is null)
        {
            return;
        }

        html.Append($"<section class=\"facet\" data-facet=\"{name}\"><h2>{heading}</h2><ul>");
        var link = request.FilterLinks(name);
        foreach (var (value, count) in counts)
        {
            var isSelected = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase);
            var href = isSelected ? request.WithFilter(name, null) : link(value);
            var title = isSelected ? "Remove this filter" : tooltip?.Invoke(value);
            html.Append("<li><a href=\"").Append(Html.Encode(href)).Append("\" data-value=\"").Append(Html.Encode(value)).Append('"')
                .Append(isSelected ? " class=\"selected\" aria-current=\"true\"" : string.Empty)
                .Append(title is null ? ">" : $" title=\"{Html.Encode(title)}\">")
                .Append(Html.Encode(label(value))).Append("</a> <span class=\"n\">").Append(count).Append("</span></li>");
        }

        if (selected is not null && !isSelectedKnown)
        {
            html.Append($"<li><a href=\"{Html.Encode(request.WithFilter(name, null))}\" class=\"selected\" aria-current=\"true\" title=\"Remove this filter\">{Html.Encode(selected)}</a> <span class=\"n\">0</span></li>");
        }

        html.Append("</ul></section>");
    }

    private static string QuestionLabel(string id, QuestionTitles titles, string? campaign) =>
        QuestionId.TryParse(id, out var question) && titles.Of(question, campaign) is { } title ? $"{id} {title}" : id;

    private static string StatusLabel(string label) =>
        SnakeCaseLabels.TryParse<AnswerStatus>(label, out var status) ? StatusStyles.For(status).Title : label;
}
