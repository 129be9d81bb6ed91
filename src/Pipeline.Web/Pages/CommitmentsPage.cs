using System.Globalization;
using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>
/// The ledger of a campaign with filters (company, kind, due before, follow-up status) that work as a plain GET form;
/// each item links to its answer on the reply's document page.
/// </summary>
internal static class CommitmentsPage
{
    /// <param name="campaign">The campaign.</param>
    /// <param name="ledger">Its ledger, corrections applied.</param>
    /// <param name="items">The items the filters keep.</param>
    /// <param name="request">The filters.</param>
    /// <param name="token">The anti-forgery token of the page's correction forms.</param>
    public static string Render(Campaign campaign, CommitmentLedger ledger, IReadOnlyList<LedgerItem> items, CommitmentsRequest request, string token)
    {
        var back = Url.Build("/commitments", ("campaign", campaign.Id), ("company", request.Company), ("kind", request.Kind?.ToLabel()),
            ("due", request.DueBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("status", request.Status?.ToLabel()));
        var html = new StringBuilder($"<h1>Commitments</h1><p class=\"meta\">Campaign <code>{Html.Encode(campaign.Id)}</code> · {Html.Count(items.Count, "item", "items")} of {ledger.Items.Length} · classifier: {Html.Encode(ledger.Classifier)} · follow-up statuses are set with <code>pipeline follow-up</code>; corrections (here or with <code>pipeline correct --item</code>) go to corrections.jsonl beside the campaign file</p>")
            .Append(Form(campaign, ledger, request));
        foreach (var problem in request.Problems)
        {
            html.Append($"<p class=\"note\">Ignored: {Html.Encode(problem)}.</p>");
        }

        foreach (var unapplied in ledger.Unapplied)
        {
            html.Append($"<p class=\"note\">Correction <code>{Html.Encode(unapplied.Id)}</code> of {Html.Encode(unapplied.Reply)} designates no ledger item any more (\u201c{Html.Encode(unapplied.Text)}\u201d): see <code>pipeline corrections</code>.</p>");
        }

        if (items.Count == 0)
        {
            return html.Append("<p class=\"empty\">No statement matches these filters.</p>").Append(Rejected(campaign, ledger, token, back)).ToString();
        }

        html.Append("<div class=\"scroll\"><table class=\"list\" id=\"commitments\"><thead><tr><th scope=\"col\">Company</th><th scope=\"col\">Kind</th><th scope=\"col\">Statement</th>")
            .Append("<th scope=\"col\">Deadline</th><th scope=\"col\">Question</th><th scope=\"col\">Source</th><th scope=\"col\">Follow-up</th></tr></thead><tbody>");
        foreach (var item in items)
        {
            html.Append(Row(item, CorrectionForms.Statement(token, campaign.Id, item, back)));
        }

        return html.Append("</tbody></table></div>").Append(Rejected(campaign, ledger, token, back)).ToString();
    }

    /// <summary>The items researchers rejected, each with its correction and a form to give it a kind back.</summary>
    private static string Rejected(Campaign campaign, CommitmentLedger ledger, string token, string back)
    {
        if (ledger.Rejected.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<details class=\"rejected\" id=\"rejected\"><summary>{Html.Count(ledger.Rejected.Length, "item", "items")} rejected by researchers</summary><ul>");
        foreach (var item in ledger.Rejected)
        {
            html.Append($"<li id=\"item-{item.Id}\"><q>{Html.Encode(item.Statement.Text)}</q> <small>{Html.Encode(item.Provenance)} · {Html.Encode(CorrectionText.Of(item.Correction))}</small>")
                .Append(CorrectionForms.Statement(token, campaign.Id, item, back)).Append("</li>");
        }

        return html.Append("</ul></details>").ToString();
    }

    private static string Row(LedgerItem item, string form)
    {
        var s = item.Statement;
        var link = Url.Document(item.DocumentId, item.Campaign, item.Segment);
        var deadline = s.Deadline is { } d ? $"{Html.Encode(d.Value ?? "relative")}<br><small>{Html.Encode(d.Text)}</small>" : "—";
        var condition = s.Condition is { } c ? $"<br><small>condition: {Html.Encode(c)}</small>" : string.Empty;
        var correction = item.Correction is { } mark ? $"<br><small class=\"corrected\">{Html.Encode(CorrectionText.Of(mark))}</small>" : string.Empty;
        var followUp = item.FollowUp is { } f
            ? $"{Html.Encode(f.Status.ToLabel())}{(f.Note is { } n ? $"<br><small>{Html.Encode(n)}</small>" : string.Empty)}"
            : "open";
        return $"<tr id=\"item-{item.Id}\" data-kind=\"{s.Kind.ToLabel()}\" data-status=\"{item.Status.ToLabel()}\">"
            + $"<td>{Html.Encode(item.Company ?? "(unknown)")}</td>"
            + $"<td><span class=\"kind kind-{s.Kind.ToLabel()}\">{KindStyle.Title(s.Kind)}</span>{(s.Hedged ? "<br><small>conditional</small>" : string.Empty)}</td>"
            + $"<td><q>{Html.Encode(s.Text)}</q>{condition}{correction}{form}</td><td>{deadline}</td>"
            + $"<td>{Html.Encode(string.Join(", ", item.Questions.Select(q => q.Value)))}<br><small>{Html.Encode(item.Topic?.ToLabel())}</small></td>"
            + $"<td><a class=\"source\" href=\"{Html.Encode(link)}\">{Html.Encode(item.Provenance)}</a></td><td>{followUp}<br><small><code>{item.Id}</code></small></td></tr>";
    }

    private static string Form(Campaign campaign, CommitmentLedger ledger, CommitmentsRequest request)
    {
        var companies = ledger.Items.Select(i => i.Company).OfType<string>().Distinct(StringComparer.Ordinal);
        var html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/commitments\">")
            .Append($"<input type=\"hidden\" name=\"campaign\" value=\"{Html.Encode(campaign.Id)}\">")
            .Append(Select("company", "Company", companies.Select(c => (c, c)), request.Company))
            .Append(Select("kind", "Kind", StatementKinds.Listed.Select(k => (k.ToLabel(), k.ToLabel())), request.Kind?.ToLabel()))
            .Append(Select("status", "Follow-up", Enum.GetValues<FollowUpStatus>().Select(s => (s.ToLabel(), s.ToLabel())), request.Status?.ToLabel()))
            .Append($"<label>Due before <input type=\"date\" name=\"due\" value=\"{Html.Encode(request.DueBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}\"></label>")
            .Append("<button type=\"submit\">Filter</button></form>");
        return html.ToString();
    }

    private static string Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        var html = new StringBuilder($"<label>{label} <select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var (value, text) in options)
        {
            var isSelected = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty;
            html.Append($"<option value=\"{Html.Encode(value)}\"{isSelected}>{Html.Encode(text)}</option>");
        }

        return html.Append("</select></label> ").ToString();
    }
}
