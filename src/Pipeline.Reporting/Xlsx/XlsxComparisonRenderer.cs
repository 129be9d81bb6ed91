using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>
/// The comparison as an Excel workbook: "By question" and "By topic" matrices, the "Answers" long form, the
/// "Commitments" ledger (when the comparison carries one), "Sources" and a "Legend". Header rows frozen, text wrapped, status cells filled with the status colours; text is stored as
/// inline strings, never formulas. The sheet of the view's <see cref="CompareBy"/> opens first.
/// </summary>
/// <remarks>
/// Every sheet is filled in one pass over the companies, one company's cells at a time; rows wait in temporary files
/// until their sheet is written (<see cref="XlsxPackage"/>), so memory does not grow with the number of replies.
/// </remarks>
public sealed class XlsxComparisonRenderer : IComparisonRenderer
{
    public void Render(ComparisonView view, Stream output)
    {
        using var byQuestion = QuestionMatrixSheet.Start(view);
        using var byTopic = TopicMatrixSheet.Start(view);
        using var answers = AnswersSheet.Start();
        using var commitments = CommitmentsSheet.Start(view);
        using var sources = SourcesSheet.Start();
        using var legend = LegendSheet.Start(view);
        foreach (var company in view.Companies)
        {
            var rows = view.Rows(company);
            QuestionMatrixSheet.Add(byQuestion, view, rows);
            TopicMatrixSheet.Add(byTopic, view, rows);
            AnswersSheet.Add(answers, view, rows);
            SourcesSheet.Add(sources, view, rows);
            if (commitments is not null)
            {
                CommitmentsSheet.Add(commitments, company.Name, rows.Commitments);
            }
        }

        if (commitments is not null)
        {
            CommitmentsSheet.Add(commitments, null, view.UndeterminedCommitments()?.Items ?? []);
        }

        (SheetBuilder Sheet, IEnumerable<object?>? Groups)?[] all =
        [
            (byQuestion, null),
            (byTopic, null),
            (answers, null),
            commitments is null ? null : (commitments, LedgerGroups(view)),
            (sources, null),
            (legend, null),
        ];
        XlsxPackage.Write([.. all.OfType<(SheetBuilder, IEnumerable<object?>?)>()], view.By == CompareBy.Topic ? 1 : 0, output);
    }

    /// <summary>The commitments sheet's groups (the view's companies and the undetermined one) in the ledger's order.</summary>
    private static IEnumerable<object?> LedgerGroups(ComparisonView view)
    {
        var place = view.LedgerPlaces();
        return [.. view.Companies.Select(c => c.Name).Append(null).OrderBy(place)];
    }
}
