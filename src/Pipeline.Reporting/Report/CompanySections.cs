using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Report;

/// <summary>One section per respondent: its reply files, then every question with a status badge and the answers with their source.</summary>
internal static class CompanySections
{
    public const string Start = "<section id=\"companies\" class=\"companies\"><h2>Companies</h2>";

    /// <summary>What the section says when no company replied.</summary>
    public const string NoRespondent = "<p class=\"note\">No company replied.</p>";

    public const string End = "</section>";

    /// <summary>The article of the <paramref name="number"/>th respondent (from 1).</summary>
    public static string Article(ComparisonView view, CompanyRows rows, int number)
    {
        var company = rows.Company;
        var html = new System.Text.StringBuilder($"<article id=\"company-{number}\"><h3>{HtmlText.Encode(company.Name)}</h3>")
            .Append($"<p class=\"meta\">{HtmlText.Encode(ReplyText.Of(company))}{(company.Country is { } country ? " · " + HtmlText.Encode(country) : string.Empty)} · ")
            .Append($"reply: {HtmlText.Encode(company.HasReply ? string.Join(", ", company.Files.OrEmpty()) : "none indexed")}</p>")
            .Append(company.MissingReason is { } missing ? $"<p class=\"note missing\">Reply not indexed: {HtmlText.Encode(missing.TrimEnd('.'))}. What it says is missing from every figure of this report.</p>" : string.Empty)
            .Append("<table><colgroup><col class=\"q\"><col class=\"s\"><col></colgroup><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Status</th><th scope=\"col\">Answer</th></tr></thead><tbody>");
        foreach (var question in view.Questions)
        {
            var cell = rows.Cell(question);
            var answers = cell.Answers.IsDefaultOrEmpty ? "<span class=\"note\">—</span>" : HtmlFragments.Answers(cell.Answers);
            html.Append($"<tr data-question=\"{HtmlText.Encode(question.Id.Value)}\" data-status=\"{cell.Status.ToLabel()}\">")
                .Append($"<td class=\"q\">{HtmlText.Encode(question.Id.Value)}<br><small>{HtmlText.Encode(question.ShortTitle)}</small></td>")
                .Append($"<td class=\"s\">{HtmlFragments.Badge(cell.Status)} {StatusStyles.For(cell.Status).Title}{(cell.StatusCorrection is null ? string.Empty : $"<br><small class=\"corrected\">{HtmlText.Encode(CorrectionText.Of(cell))}</small>")}</td><td>{answers}</td></tr>");
        }

        return html.Append("</tbody></table></article>").ToString();
    }
}
