using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>
/// "Commitments": one filterable row per commitment, claim or refusal of the selected companies — the quote, its
/// deadline (normalised and as written), condition, question, topic, file, pages, confidence, follow-up and the
/// researchers' correction (with the machine's reading) — so a researcher can sort by deadline and chase what is due.
/// Items researchers rejected are not listed.
/// </summary>
internal static class CommitmentsSheet
{
    public const string Name = "Commitments";

    public static SheetBuilder? Start(ComparisonView view)
    {
        if (view.Source.Commitments is null)
        {
            return null;
        }

        var sheet = new SheetBuilder(Name, [28, 12, 90, 12, 24, 36, 9, 22, 28, 8, 11, 11, 30, 30, 14, 40]) { Filter = true };
        sheet.Header("Company", "Kind", "Statement", "Deadline", "Deadline as written", "Condition", "Question", "Topic", "File", "Pages", "Confidence", "Follow-up", "Note", "Evidence", "Item id", "Correction");
        return sheet;
    }

    /// <summary>The items of one company (null: those whose company is undetermined), as a group: the sheet lists them in ledger order (<see cref="LedgerOrder"/>), whatever the rows' order.</summary>
    public static void Add(SheetBuilder sheet, string? company, IEnumerable<LedgerItem> items)
    {
        sheet.Group(company);
        foreach (var item in items)
        {
            var s = item.Statement;
            sheet.Row(
                XlsxCell.Of(item.Company ?? string.Empty),
                XlsxCell.Of(s.Kind.ToLabel()),
                XlsxCell.Of(s.Text),
                XlsxCell.Of(s.Deadline?.Value ?? string.Empty),
                XlsxCell.Of(s.Deadline?.Text ?? string.Empty),
                XlsxCell.Of(s.Condition ?? string.Empty),
                XlsxCell.Of(string.Join(", ", item.Questions.Select(q => q.Value))),
                XlsxCell.Of(item.Topic?.ToLabel() ?? string.Empty),
                XlsxCell.Of(item.File),
                XlsxCell.Of(string.Join(", ", item.Pages)),
                XlsxCell.Of(Math.Round(s.Confidence, 3)),
                XlsxCell.Of(item.Status.ToLabel()),
                XlsxCell.Of(item.FollowUp?.Note ?? string.Empty),
                XlsxCell.Of(item.FollowUp?.Evidence ?? string.Empty),
                XlsxCell.Of(item.Id),
                XlsxCell.Of(CorrectionText.Of(item.Correction)));
        }
    }
}
