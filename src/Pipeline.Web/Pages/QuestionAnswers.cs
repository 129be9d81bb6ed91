using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Data;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>Below the question matrix: the full answers of the cell opened, or of every company to the question opened, side by side.</summary>
internal static class QuestionAnswers
{
    public static string Render(CompareScreen screen, string token)
    {
        var (request, view, data) = (screen.Request, screen.View, screen.Ordinals);
        if (request.Column is null || !QuestionId.TryParse(request.Column, out var id) || view.Questions.FirstOrDefault(q => q.Id == id) is not { } question)
        {
            return string.Empty;
        }

        var campaign = view.Campaign.Id;
        var heading = $"{Html.Encode(question.Id.Value)} {Html.Encode(question.ShortTitle)}";
        var html = new StringBuilder("<section id=\"answers\" class=\"detail\" aria-live=\"polite\">")
            .Append(screen.ReuseMarked ? string.Empty : $"<p class=\"note\">Reused text is not marked on this page: the archive holds more than {Html.Count(CompareSource.ReuseMarksUpTo, "reply", "replies")}, past what the app searches for it; <code>pipeline reuse --campaign {Html.Encode(screen.Campaign)}</code> lists it.</p>");
        if (request.Company is { } name && view.Companies.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) is { } company)
        {
            var cell = view.Rows(company).Cell(question);
            html.Append($"<h2>{Html.Encode(company.Name)} — {heading} {StatusBadge.For(cell.Status)}</h2>")
                .Append($"<p class=\"question-text\">{Html.Encode(question.Text)}</p>")
                .Append(cell.StatusCorrection is null ? string.Empty : $"<p class=\"corrected\">{Html.Encode(CorrectionText.Of(cell))}</p>")
                .Append(company.HasReply || company.Status == Core.Campaigns.ResponseStatus.Declined
                    ? CorrectionForms.Status(token, campaign, company.Name, question.Id.Value, cell.Status, request.PageUrl(campaign, question.Id.Value, company.Name))
                    : string.Empty)
                .Append($"<div class=\"answers\">{Answers(cell, campaign, data)}</div>")
                .Append($"<p><a href=\"{Html.Encode(request.PageUrl(campaign, question.Id.Value))}\">Every company's answer to {Html.Encode(question.Id.Value)}, side by side</a></p>");
        }
        else
        {
            var respondents = screen.Shown.Where(c => c.IsRespondent()).ToList();
            var others = screen.Shown.Where(c => !c.IsRespondent()).Select(c => c.Name).ToList();
            html.Append($"<h2>{heading}: every company side by side</h2>")
                .Append($"<p class=\"question-text\">{Html.Encode(question.Text)}</p><div class=\"side-by-side\">");
            var cells = respondents.Select(r => (Respondent: r, Cell: view.Rows(r).Cell(question))).ToList();
            data.Load(cells.SelectMany(c => c.Cell.Answers.IsDefault ? [] : c.Cell.Answers));
            foreach (var (respondent, cell) in cells)
            {
                html.Append($"<div class=\"company-answers\" data-company=\"{Html.Encode(respondent.Name)}\"><h3>{Html.Encode(respondent.Name)} {StatusBadge.For(cell.Status)}</h3>")
                    .Append(Answers(cell, campaign, data)).Append("</div>");
            }

            html.Append("</div>");
            if (others.Count > 0)
            {
                html.Append($"<p class=\"note\">Not compared (declined to take part or did not reply): {Html.Encode(string.Join(", ", others))}.</p>");
            }
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>The answers; when there are none, what the status means, and why the reply is missing when it is.</summary>
    private static string Answers(QuestionCell cell, string campaign, AnswerOrdinals data) =>
        (cell.Reason is { } reason ? $"<p class=\"reason\">{Html.Encode(StatusStyles.For(cell.Status).Title)}: {Html.Encode(reason)}</p>" : string.Empty)
        + (cell.Answers.IsDefaultOrEmpty
            ? $"<p class=\"none\">{Html.Encode(StatusStyles.For(cell.Status).Description)}</p>"
            : string.Concat(cell.Answers.Select(a => AnswerCard.Render(a, campaign, data))));
}
