using System.Text;
using Pipeline.Core.Archive;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Changes;

/// <summary>
/// What changed between two campaigns as one self-contained page: per company, a row per question whose status or text
/// changed (status before → after), its paragraphs with removed words struck through and added words marked, and the
/// commitments, claims and refusals new in it or dropped from it.
/// Unchanged answers are counted, not repeated.
/// </summary>
public static class ChangesHtml
{
    public static void Render(CampaignChanges changes, Stream output)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var body = new StringBuilder();
        body.Append($"<main><h1>What changed: {HtmlText.Encode(changes.From)} → {HtmlText.Encode(changes.To)}</h1>");
        var companies = changes.Changes.GroupBy(c => c.Company).ToList();
        var changed = changes.Changes.Count(c => c.StatusChanged || c.TextChanged);
        body.Append(Invariant.Format($"<p>{companies.Count} companies approached in both campaigns; {changed} of {changes.Changes.Length} company × question answers changed (status or text).</p>"));
        if (changes.NewCompanies.Length > 0)
        {
            body.Append($"<p>Approached only in {HtmlText.Encode(changes.To)}: {HtmlText.Encode(string.Join(", ", changes.NewCompanies))}.</p>");
        }

        if (changes.DroppedCompanies.Length > 0)
        {
            body.Append($"<p>Approached only in {HtmlText.Encode(changes.From)}: {HtmlText.Encode(string.Join(", ", changes.DroppedCompanies))}.</p>");
        }

        foreach (var company in companies)
        {
            body.Append($"<section><h2>{HtmlText.Encode(company.Key)}</h2><table class=\"changes\"><thead><tr><th>Question</th><th>Status</th><th>Text</th></tr></thead><tbody>");
            foreach (var change in company.Where(c => c.StatusChanged || c.TextChanged))
            {
                var before = change.Before is { } b ? StatusStyles.For(b).Title : "—";
                var statusText = change.StatusChanged || change.Before is null ? $"{before} → {StatusStyles.For(change.After).Title}" : StatusStyles.For(change.After).Title;
                var earlier = change.EarlierQuestions.IsEmpty ? "new question" : $"{ChangeLabels.Of(change.MatchedBy).Replace('_', ' ')}: {string.Join(", ", change.EarlierQuestions)}";
                body.Append($"<tr><td>{HtmlText.Encode(change.Question.Value)} <small>{HtmlText.Encode(change.Topic.ToLabel())}; {HtmlText.Encode(earlier)}</small></td><td>{HtmlText.Encode(statusText)}</td><td>");
                foreach (var paragraph in change.Paragraphs.Where(p => p.Kind != ChangeKind.Unchanged))
                {
                    body.Append($"<p class=\"change-{ChangeLabels.Of(paragraph.Kind)}\"><b>{ChangeLabels.Of(paragraph.Kind)}</b> {Paragraph(paragraph)}</p>");
                }

                foreach (var statement in change.Statements)
                {
                    var kind = statement.Item.Statement.Kind;
                    body.Append($"<p class=\"statement-{ChangeLabels.Of(statement.Change)}\"><b style=\"color:{KindStyle.Colour(kind)}\">{HtmlText.Encode(ChangeLabels.Of(statement))}</b> {HtmlText.Encode(statement.Item.Statement.Text)}</p>");
                }

                var unchanged = change.Paragraphs.Count(p => p.Kind == ChangeKind.Unchanged);
                if (unchanged > 0)
                {
                    body.Append(Invariant.Format($"<p><small>{unchanged} paragraph(s) unchanged</small></p>"));
                }

                body.Append("</td></tr>");
            }

            body.Append("</tbody></table></section>");
        }

        body.Append("</main>");
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        HtmlPage.Write(writer, $"What changed: {changes.From} → {changes.To}", body.ToString());
    }

    private static string Paragraph(ParagraphChange paragraph) => paragraph.Kind switch
    {
        ChangeKind.Edited => string.Join(' ', paragraph.Diff.Select(e => e.Kind switch
        {
            EditKind.Deleted => $"<del>{HtmlText.Encode(e.Text)}</del>",
            EditKind.Inserted => $"<ins>{HtmlText.Encode(e.Text)}</ins>",
            _ => HtmlText.Encode(e.Text),
        })),
        ChangeKind.Dropped => $"<del>{HtmlText.Encode(paragraph.Before)}</del>",
        _ => HtmlText.Encode(paragraph.After),
    };
}
