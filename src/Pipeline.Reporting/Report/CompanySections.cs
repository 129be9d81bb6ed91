using System.Text;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Report;

/// <summary>One section per respondent: its reply files, then every question with a status badge and the answers with their source.</summary>
internal static class CompanySections
{
    public static string Render(FindingContext context)
    {
        var view = context.View;
        var html = new StringBuilder("<section id=\"companies\" class=\"companies\"><h2>Companies</h2>");
        if (context.Respondents.IsEmpty)
        {
            html.Append("<p class=\"note\">No company replied.</p>");
        }

        for (var i = 0; i < context.Respondents.Length; i++)
        {
            var company = context.Respondents[i];
            html.Append($"<article id=\"company-{i + 1}\"><h3>{HtmlText.Encode(company.Name)}</h3>")
                .Append($"<p class=\"meta\">{HtmlText.Encode(ReplyText.Of(company))}{(company.Country is { } country ? " · " + HtmlText.Encode(country) : string.Empty)} · ")
                .Append($"reply: {HtmlText.Encode(company.HasReply ? string.Join(", ", company.Files.OrEmpty()) : "none indexed")}</p>")
                .Append(company.MissingReason is { } missing ? $"<p class=\"note missing\">Reply not indexed: {HtmlText.Encode(missing.TrimEnd('.'))}. What it says is missing from every figure of this report.</p>" : string.Empty)
                .Append("<table><colgroup><col class=\"q\"><col class=\"s\"><col></colgroup><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Status</th><th scope=\"col\">Answer</th></tr></thead><tbody>");
            foreach (var question in view.Questions)
            {
                var cell = view.Cell(company, question);
                var answers = cell.Answers.IsDefaultOrEmpty ? "<span class=\"note\">—</span>" : HtmlFragments.Answers(cell.Answers);
                html.Append($"<tr data-question=\"{HtmlText.Encode(question.Id.Value)}\" data-status=\"{cell.Status.ToLabel()}\">")
                    .Append($"<td class=\"q\">{HtmlText.Encode(question.Id.Value)}<br><small>{HtmlText.Encode(question.ShortTitle)}</small></td>")
                    .Append($"<td class=\"s\">{HtmlFragments.Badge(cell.Status)} {StatusStyles.For(cell.Status).Title}{(cell.StatusCorrection is null ? string.Empty : $"<br><small class=\"corrected\">{HtmlText.Encode(CorrectionText.Of(cell))}</small>")}</td><td>{answers}</td></tr>");
            }

            html.Append("</tbody></table></article>");
        }

        return html.Append("</section>").ToString();
    }
}
