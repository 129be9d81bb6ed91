using Pipeline.Core.Archive;
using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Xlsx;

namespace Pipeline.Reporting.Changes;

/// <summary>
/// What changed between two campaigns as a workbook: "Changes" (one filterable row per company × question: statuses
/// before and after, paragraphs per kind) and "Paragraphs" (one row per paragraph with its change and, for an edit, the
/// words removed and added) and "Statements" (one row per commitment, claim or refusal new in or dropped from an
/// answer, from the two campaigns' ledgers).
/// </summary>
public static class ChangesXlsx
{
    public static void Render(CampaignChanges changes, Stream output)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var summary = new SheetBuilder("Changes", [28, 9, 24, 12, 12, 16, 16, 10, 30]) { Filter = true };
        summary.Header("Company", "Question", "Topic", "Matched by", $"Earlier ({changes.From})", "Status before", "Status after", "Changed", "Paragraphs");
        using var paragraphs = new SheetBuilder("Paragraphs", [28, 9, 11, 70, 70, 40, 40]) { Filter = true };
        paragraphs.Header("Company", "Question", "Change", $"Text {changes.From}", $"Text {changes.To}", "Words removed", "Words added");
        using var statements = new SheetBuilder("Statements", [28, 9, 9, 12, 80, 12, 30, 30]) { Filter = true };
        statements.Header("Company", "Question", "Change", "Kind", "Statement", "Deadline", "Condition", "File");
        foreach (var change in changes.Changes)
        {
            foreach (var statement in change.Statements)
            {
                var item = statement.Item;
                statements.Row(
                    XlsxCell.Of(change.Company),
                    XlsxCell.Of(change.Question.Value),
                    XlsxCell.Of(ChangeLabels.Of(statement.Change)),
                    XlsxCell.Of(item.Statement.Kind.ToLabel()),
                    XlsxCell.Of(item.Statement.Text),
                    XlsxCell.Of(item.Statement.Deadline?.Text ?? string.Empty),
                    XlsxCell.Of(item.Statement.Condition ?? string.Empty),
                    XlsxCell.Of(item.Provenance));
            }

            summary.Row(
                XlsxCell.Of(change.Company),
                XlsxCell.Of(change.Question.Value),
                XlsxCell.Of(change.Topic.ToLabel()),
                XlsxCell.Of(ChangeLabels.Of(change.MatchedBy)),
                XlsxCell.Of(string.Join(", ", change.EarlierQuestions)),
                change.Before is { } before ? XlsxCell.Of(before.ToLabel(), XlsxStyles.Status(before)) : XlsxCell.Of(string.Empty),
                XlsxCell.Of(change.After.ToLabel(), XlsxStyles.Status(change.After)),
                XlsxCell.Of(change.StatusChanged || change.TextChanged ? "yes" : "no"),
                XlsxCell.Of(change.Summary));
            foreach (var paragraph in change.Paragraphs)
            {
                paragraphs.Row(
                    XlsxCell.Of(change.Company),
                    XlsxCell.Of(change.Question.Value),
                    XlsxCell.Of(ChangeLabels.Of(paragraph.Kind)),
                    XlsxCell.Of(paragraph.Before ?? string.Empty),
                    XlsxCell.Of(paragraph.After ?? string.Empty),
                    XlsxCell.Of(string.Join(" … ", paragraph.Diff.Where(e => e.Kind == EditKind.Deleted).Select(e => e.Text))),
                    XlsxCell.Of(string.Join(" … ", paragraph.Diff.Where(e => e.Kind == EditKind.Inserted).Select(e => e.Text))));
            }
        }

        XlsxPackage.Write([summary, paragraphs, statements], 0, output);
    }
}
