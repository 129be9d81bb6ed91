using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>Below the topic matrix: the strongest passage of the cell opened, or of every company on the topic opened, with a search for all of them.</summary>
internal static class TopicAnswers
{
    public static string Render(CompareScreen screen)
    {
        var (request, view, data) = (screen.Request, screen.View, screen.Ordinals);
        if (!TopicLabels.TryParse(request.Column, out var topic) || !view.Topics.Contains(topic))
        {
            return string.Empty;
        }

        var campaign = view.Campaign.Id;
        var companies = request.Company is { } name
            ? view.Companies.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList()
            : [.. screen.Shown.Where(c => c.IsRespondent())];
        var html = new StringBuilder("<section id=\"answers\" class=\"detail\" aria-live=\"polite\">")
            .Append($"<h2>{Html.Encode(topic.Title())}{(companies.Count == 1 ? " — " + Html.Encode(companies[0].Name) : ": every company side by side")}</h2>")
            .Append("<div class=\"side-by-side\">");
        foreach (var company in companies)
        {
            var cell = view.Rows(company).Cell(topic);
            var all = Url.Build("/search", ("q", "*"), ("campaign", campaign), ("company", company.Name), ("topic", topic.ToLabel()));
            html.Append($"<div class=\"company-answers\" data-company=\"{Html.Encode(company.Name)}\"><h3>{Html.Encode(company.Name)} <small>{Html.Count(cell.Passages, "passage", "passages")}</small></h3>")
                .Append(cell.Strongest is { } strongest ? AnswerCard.Render(strongest, campaign, data) : "<p class=\"none\">No passage on this topic.</p>")
                .Append(cell.Passages > 1 ? $"<p><a href=\"{Html.Encode(all)}\">All {cell.Passages} passages</a></p>" : string.Empty)
                .Append("</div>");
        }

        return html.Append("</div></section>").ToString();
    }
}
