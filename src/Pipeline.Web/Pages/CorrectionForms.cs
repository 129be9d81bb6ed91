using System.Text;
using Pipeline.Core.Commitments;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Web.Hosting;

namespace Pipeline.Web.Pages;

/// <summary>
/// The small forms that write corrections (POST /corrections): plain HTML forms that work without JavaScript (the
/// answer is a redirect back), which the app's script submits in place. Each carries the page's anti-forgery token.
/// </summary>
internal static class CorrectionForms
{
    /// <summary>How much of a paragraph a form sends as its anchor: enough to be unique in a reply.</summary>
    public const int AnchorLength = 160;

    /// <summary>Change a passage's questions or topic, or say it answers nothing; one of the segment's paragraphs is chosen when it has several.</summary>
    public static string Passage(string token, string campaign, string reply, IReadOnlyList<string> paragraphs, string questions, Topic? topic, string back)
    {
        if (paragraphs.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<details class=\"correct\"><summary>Correct</summary>")
            .Append(Start(token, campaign, "passage", back))
            .Append($"<input type=\"hidden\" name=\"reply\" value=\"{Html.Encode(reply)}\">");
        if (paragraphs.Count == 1)
        {
            html.Append($"<input type=\"hidden\" name=\"text\" value=\"{Html.Encode(Anchor(paragraphs[0]))}\">");
        }
        else
        {
            html.Append("<label>Paragraph <select name=\"text\">")
                .Append(string.Concat(paragraphs.Select(p => $"<option value=\"{Html.Encode(Anchor(p))}\">{Html.Encode(p.Length <= 70 ? p : p[..70] + "…")}</option>")))
                .Append("</select></label>");
        }

        return html.Append($"<label>Questions <input name=\"questions\" value=\"{Html.Encode(questions)}\" size=\"10\" aria-label=\"Questions, comma-separated\"></label>")
            .Append(TopicSelect(topic))
            .Append("<label><input type=\"checkbox\" name=\"notAnswer\" value=\"true\"> not an answer</label>")
            .Append(Note())
            .Append("<button type=\"submit\">Save correction</button></form></details>")
            .ToString();
    }

    /// <summary>Set a company × question cell's status.</summary>
    public static string Status(string token, string campaign, string company, string question, AnswerStatus current, string back) =>
        new StringBuilder("<details class=\"correct\" open><summary>Correct the status</summary>")
            .Append(Start(token, campaign, "status", back))
            .Append($"<input type=\"hidden\" name=\"company\" value=\"{Html.Encode(company)}\"><input type=\"hidden\" name=\"question\" value=\"{Html.Encode(question)}\">")
            .Append("<label>Status <select name=\"status\">")
            .Append(string.Concat(new[] { AnswerStatus.Answered, AnswerStatus.Partial, AnswerStatus.Declined, AnswerStatus.NotAddressed, AnswerStatus.NoResponse }
                .Select(s => $"<option value=\"{s.ToLabel()}\"{(s == current ? " selected" : string.Empty)}>{Html.Encode(StatusStyles.For(s).Title)}</option>")))
            .Append("</select></label>")
            .Append(Note())
            .Append("<button type=\"submit\">Save status</button></form></details>")
            .ToString();

    /// <summary>
    /// Correct a commitments ledger item, anchored by its whole quote: reject it, change its kind, fix its deadline or
    /// condition ('none' clears one; a field left empty is unchanged).
    /// </summary>
    public static string Statement(string token, string campaign, LedgerItem item, string back)
    {
        var kinds = new[] { (string.Empty, "(unchanged)") }
            .Concat(StatementKinds.Listed.Select(k => (k.ToLabel(), KindStyle.Title(k))))
            .Append(("none", "none: reject the item"));
        return new StringBuilder("<details class=\"correct\"><summary>Correct</summary>")
            .Append(Start(token, campaign, "statement", back))
            .Append($"<input type=\"hidden\" name=\"reply\" value=\"{Html.Encode(item.File)}\"><input type=\"hidden\" name=\"text\" value=\"{Html.Encode(item.Statement.Text)}\">")
            .Append("<label>Kind <select name=\"itemKind\">")
            .Append(string.Concat(kinds.Select(k => $"<option value=\"{k.Item1}\">{Html.Encode(k.Item2)}</option>")))
            .Append("</select></label>")
            .Append("<label>Deadline <input name=\"deadline\" size=\"10\" placeholder=\"2023-Q4 or none\" aria-label=\"Deadline: 2023, 2023-Q4, 2023-H2, 2023-06, 2023-06-30 or none\"></label>")
            .Append("<label>Condition <input name=\"condition\" size=\"20\" placeholder=\"words, or none\"></label>")
            .Append(Note())
            .Append("<button type=\"submit\">Save correction</button></form></details>")
            .ToString();
    }

    /// <summary>Confirm the machine's reading of a passage: it leaves the review queue, recorded as checked.</summary>
    public static string Accept(string token, string campaign, string reply, string paragraph, string questions, Topic? topic, string back) =>
        Start(token, campaign, "passage", back, "accept")
        + $"<input type=\"hidden\" name=\"reply\" value=\"{Html.Encode(reply)}\"><input type=\"hidden\" name=\"text\" value=\"{Html.Encode(Anchor(paragraph))}\">"
        + $"<input type=\"hidden\" name=\"questions\" value=\"{Html.Encode(questions)}\"><input type=\"hidden\" name=\"topic\" value=\"{topic?.ToLabel()}\">"
        + "<input type=\"hidden\" name=\"note\" value=\"checked: the machine's reading is right\">"
        + "<button type=\"submit\" title=\"The machine is right (key a)\">Accept</button></form>";

    /// <summary>The paragraph's opening a form sends: whitespace collapsed, at most <see cref="AnchorLength"/> characters.</summary>
    public static string Anchor(string paragraph)
    {
        var collapsed = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= AnchorLength ? collapsed : collapsed[..AnchorLength];
    }

    private static string Start(string token, string campaign, string kind, string back, string cssClass = "correction") =>
        $"<form class=\"{cssClass} correction-form\" method=\"post\" action=\"/corrections\">"
        + $"<input type=\"hidden\" name=\"{FormGuard.TokenField}\" value=\"{Html.Encode(token)}\">"
        + $"<input type=\"hidden\" name=\"campaign\" value=\"{Html.Encode(campaign)}\"><input type=\"hidden\" name=\"kind\" value=\"{kind}\">"
        + $"<input type=\"hidden\" name=\"return\" value=\"{Html.Encode(back)}\">";

    private static string TopicSelect(Topic? current) =>
        "<label>Topic <select name=\"topic\"><option value=\"\">(unchanged)</option>"
        + string.Concat(TopicLabels.All.Select(t => $"<option value=\"{t.ToLabel()}\"{(t == current ? " selected" : string.Empty)}>{Html.Encode(t.Title())}</option>"))
        + "</select></label>";

    private static string Note() => "<label>Note <input name=\"note\" size=\"24\"></label>";
}
