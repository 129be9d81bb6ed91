using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Web.Data;

namespace Pipeline.Web.Pages;

/// <summary>The company × topic matrix: passages per topic, shaded by count, a link to the strongest passage.</summary>
internal static class TopicMatrix
{
    public static string Render(CompareScreen screen)
    {
        var (request, view, campaign) = (screen.Request, screen.View, screen.Campaign);
        var html = MatrixTable.Start("matrix topics", "Passages about each due-diligence topic in each company's reply. Open a cell to read the strongest one; a topic to compare every company's.");
        foreach (var topic in view.Topics)
        {
            html.Append($"<th scope=\"col\"><a href=\"{Html.Encode(request.PageUrl(campaign, topic.ToLabel()))}\">{Html.Encode(topic.Title())}</a></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var company in screen.Shown)
        {
            html.Append("<tr>").Append(MatrixTable.RowHeader(company));
            foreach (var topic in view.Topics)
            {
                var passages = screen.Summary.Passages(company, topic);
                var shade = $"cov-{Math.Min(passages, 3)}";
                var attributes = $"class=\"cell {shade}\" data-company=\"{Html.Encode(company.Name)}\" data-topic=\"{topic.ToLabel()}\"";
                html.Append(passages == 0
                    ? $"<td {attributes}>0</td>"
                    : $"<td {attributes}><a href=\"{Html.Encode(request.PageUrl(campaign, topic.ToLabel(), company.Name))}\" aria-label=\"{Html.Encode($"{company.Name}, {topic.Title()}: {passages}")}\">{passages}</a></td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }
}
