using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Web.Data;

namespace Pipeline.Web.Pages;

/// <summary>The company × question matrix: each cell the status colour and abbreviation, a link to its answers when there are some.</summary>
internal static class QuestionMatrix
{
    public static string Render(CompareScreen screen)
    {
        var (request, view, campaign) = (screen.Request, screen.View, screen.Campaign);
        var html = MatrixTable.Start("matrix", "Answer status of each company to each question. Open a cell to read the answers; a question to compare every company's.");
        foreach (var question in view.Questions)
        {
            html.Append($"<th scope=\"col\"><a href=\"{Html.Encode(request.PageUrl(campaign, question.Id.Value))}\" title=\"{Html.Encode(question.Text)}\">")
                .Append($"{Html.Encode(question.Id.Value)}<small>{Html.Encode(question.ShortTitle)}</small></a></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var company in screen.Shown)
        {
            html.Append("<tr>").Append(MatrixTable.RowHeader(company));
            foreach (var question in view.Questions)
            {
                var cell = screen.Summary.Cell(company, question);
                var style = StatusStyles.For(cell.Status);
                var selected = request.Column == question.Id.Value && string.Equals(request.Company, company.Name, StringComparison.OrdinalIgnoreCase);
                var attributes = $"class=\"cell {style.CssClass}{(selected ? " selected" : string.Empty)}\" data-company=\"{Html.Encode(company.Name)}\" data-question=\"{Html.Encode(question.Id.Value)}\" data-status=\"{style.Label}\"";
                var label = $"{company.Name}, {question.Id}: {style.Title}{(cell.Reason is { } reason ? " (" + reason + ")" : string.Empty)}";
                if (!cell.HasAnswers && cell.Reason is null && !cell.IsCorrected)
                {
                    html.Append($"<td {attributes} title=\"{Html.Encode(label)}\">{style.Abbreviation}</td>");
                    continue;
                }

                var topics = cell.Topics.IsDefaultOrEmpty ? string.Empty : " · " + string.Join(", ", cell.Topics.Select(t => t.Title()));
                html.Append($"<td {attributes}><a href=\"{Html.Encode(request.PageUrl(campaign, question.Id.Value, company.Name))}\" ")
                    .Append($"aria-label=\"{Html.Encode(label + (cell.NeedsReview ? ", needs review" : string.Empty))}\" title=\"{Html.Encode(style.Title + topics)}\">{style.Abbreviation}{(cell.NeedsReview ? ReviewMark.Flag : string.Empty)}{(cell.IsCorrected ? ReviewMark.CorrectedFlag : string.Empty)}</a></td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }
}
