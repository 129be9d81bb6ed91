using System.Text;
using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Charts;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Report;

/// <summary>
/// The report's "Commitments" section: a timeline of every dated statement, then per company its commitments,
/// refusals and claims, each quoted with deadline, condition, question, source and follow-up status.
/// </summary>
internal static class CommitmentSections
{
    /// <summary>The section's opening: the counts, what classified the statements, and the timeline of the dated ones.</summary>
    /// <param name="ledger">The ledger's outline (its classifier).</param>
    /// <param name="totals">Its items counted.</param>
    /// <param name="marks">Its dated items.</param>
    /// <param name="place">The order of its companies.</param>
    /// <param name="today">The report's date.</param>
    /// <param name="output">Where the section goes.</param>
    public static void WriteHead(CommitmentLedger ledger, LedgerTotals totals, DeadlineMarks marks, Func<string?, int> place, DateOnly today, TextWriter output)
    {
        output.Write("<section id=\"commitments\" class=\"commitments\"><h2>Commitments, claims and refusals</h2>");
        output.Write(Invariant.Format($"<p class=\"note\">{totals.Commitments} commitments, {totals.Refusals} refusals and {totals.Claims} claims found sentence by sentence in the replies (classifier: {ledger.Classifier}); each is quoted exactly. Follow-up statuses come from follow-up.jsonl beside the campaign file{Corrected(totals)}.</p>"));
        DeadlineTimeline.Write(output, marks, place, today);
    }

    public const string End = "</section>";

    /// <summary>One company's items (its name, or null for those whose company is undetermined) as an article; empty when it has none.</summary>
    public static string Article(string? company, IReadOnlyCollection<LedgerItem> items)
    {
        if (items.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<article class=\"ledger\"><h3>{HtmlText.Encode(company ?? "(company undetermined)")}</h3>")
            .Append("<table><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Statement</th><th scope=\"col\">Deadline</th><th scope=\"col\">Question · source</th><th scope=\"col\">Follow-up</th></tr></thead><tbody>");
        // Commitments and refusals are what a follow-up chases: they come first; claims after, in reading order.
        foreach (var item in items.OrderBy(i => i.Statement.Kind == StatementKind.Claim ? 1 : 0))
        {
            html.Append(Row(item));
        }

        return html.Append("</tbody></table></article>").ToString();
    }

    /// <summary>"; researchers corrected 2 items and rejected 1 (corrections.jsonl)": empty when nobody corrected the ledger.</summary>
    private static string Corrected(LedgerTotals totals) =>
        totals.Corrected == 0 && totals.Rejected == 0
            ? string.Empty
            : Invariant.Format($"; researchers corrected {totals.Corrected} item(s) and rejected {totals.Rejected} (corrections.jsonl beside the campaign file)");

    private static string Row(LedgerItem item)
    {
        var s = item.Statement;
        var correction = item.Correction is { } mark ? $"<br><small class=\"corrected\">{HtmlText.Encode(CorrectionText.Of(mark))}</small>" : string.Empty;
        var condition = s.Condition is { } c ? $"<br><small>condition: {HtmlText.Encode(c)}</small>" : string.Empty;
        var deadline = s.Deadline is { } d ? $"{HtmlText.Encode(d.Value ?? "relative")}<br><small>{HtmlText.Encode(d.Text)}</small>" : "—";
        var followUp = item.FollowUp is { } f
            ? $"{HtmlText.Encode(f.Status.ToLabel())}{(f.Note is { } n ? $"<br><small>{HtmlText.Encode(n)}</small>" : string.Empty)}{(f.Evidence is { } e ? $"<br><small>{HtmlText.Link(e, "evidence")}</small>" : string.Empty)}"
            : "open";
        return $"<tr id=\"item-{item.Id}\" data-kind=\"{s.Kind.ToLabel()}\" data-status=\"{item.Status.ToLabel()}\">"
            + $"<td><span class=\"kind kind-{s.Kind.ToLabel()}\">{KindStyle.Title(s.Kind)}</span>{(s.Hedged ? "<br><small>conditional</small>" : string.Empty)}</td>"
            + $"<td><q>{HtmlText.Encode(s.Text)}</q>{condition}{correction}</td><td>{deadline}</td>"
            + $"<td>{HtmlText.Encode(string.Join(", ", item.Questions.Select(q => q.Value)))} · {HtmlText.Encode(item.Topic?.ToLabel())}<br><small>{HtmlText.Encode(item.Provenance)}</small></td>"
            + $"<td>{followUp}</td></tr>";
    }
}
