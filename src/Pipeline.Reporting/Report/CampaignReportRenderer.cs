using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Charts;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Html;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Streaming;

namespace Pipeline.Reporting.Report;

/// <summary>
/// The campaign at a glance as one self-contained HTML page: who replied and who did not, computed findings, a
/// stacked bar chart of answer status per question, a companies × topics coverage heatmap, the answer matrix,
/// and each respondent's answers with their source. Every text from the documents is HTML-encoded. Thread-safe.
/// </summary>
/// <remarks>
/// Companies are read once each, in order (<see cref="ComparisonView.Rows"/>): the findings and charts come from a
/// summary of every cell (<see cref="ReportSummary"/>), and the matrix, the company sections and the commitments wait in
/// temporary files until the page reaches them, so memory does not grow with the number of replies.
/// </remarks>
public sealed class CampaignReportRenderer(FindingsEngine? findings = null)
{
    private readonly FindingsEngine _findings = findings ?? FindingsEngine.Default;

    public void Render(CampaignComparison comparison, Stream output) => Render(ComparisonSelector.Select(comparison), output);

    /// <summary>The report of a comparison read company by company.</summary>
    public void Render(IComparisonParts parts, Stream output) => Render(ComparisonSelector.Select(parts), output);

    private void Render(ComparisonView view, Stream output)
    {
        using var matrixRows = new TextSpool();
        using var matrixDialogs = new TextSpool();
        using var companies = new TextSpool();
        using var ledger = new TextSpool();
        var articles = new List<(string? Company, long Start, long End)>();
        using var dated = new DeadlineMarks();
        var totals = new LedgerTotals();
        var summary = new ReportSummary(view.Source);
        var respondents = 0;
        var row = new StringBuilder();
        var dialogs = new StringBuilder();

        void Ledger(string? company, ImmutableArray<LedgerItem> items, int rejected)
        {
            totals.Add(items, rejected);
            var start = ledger.Position;
            ledger.Writer.Write(CommitmentSections.Article(company, items));
            articles.Add((company, start, ledger.Position));
            dated.Add(company, items);
        }

        for (var i = 0; i < view.Companies.Length; i++)
        {
            var company = view.Companies[i];
            var rows = view.Rows(company);
            summary.Add(rows);
            QuestionMatrixHtml.Row(view, rows, i, ReportSections.MatrixPrefix, row.Clear(), dialogs.Clear());
            matrixRows.Writer.Write(row);
            matrixDialogs.Writer.Write(dialogs);
            if (company.IsRespondent())
            {
                companies.Writer.Write(CompanySections.Article(view, rows, ++respondents));
            }

            if (view.Source.Commitments is not null)
            {
                Ledger(company.Name, rows.Commitments, rows.Rejected);
            }
        }

        if (view.UndeterminedCommitments() is { } undetermined)
        {
            Ledger(null, undetermined.Items, undetermined.Rejected.IsDefault ? 0 : undetermined.Rejected.Length);
        }

        var comparison = summary.Comparison;
        var context = new FindingContext(comparison);
        var found = _findings.Find(comparison);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        HtmlPage.Start(writer, view.Campaign.Title);
        writer.Write(ReportSections.Header(context));
        writer.Write(ReportSections.Response(context, found));
        writer.Write(ReportSections.Findings(found));
        writer.Write(ReportSections.StatusChart(context));
        writer.Write(ReportSections.Coverage(context));
        writer.Write(ReportSections.MatrixStart(view));
        matrixRows.CopyTo(writer);
        writer.Write(QuestionMatrixHtml.Foot);
        matrixDialogs.CopyTo(writer);
        writer.Write(ReportSections.MatrixEnd);
        writer.Write(CompanySections.Start);
        writer.Write(respondents == 0 ? CompanySections.NoRespondent : string.Empty);
        companies.CopyTo(writer);
        writer.Write(CompanySections.End);
        if (view.Source.Commitments is { } outline)
        {
            var place = view.LedgerPlaces();
            CommitmentSections.WriteHead(outline, totals, dated, place, DateOnly.FromDateTime(view.Source.GeneratedAt.UtcDateTime), writer);
            foreach (var (_, start, end) in articles.OrderBy(a => place(a.Company)))
            {
                ledger.CopyTo(writer, start, end);
            }

            writer.Write(CommitmentSections.End);
        }

        writer.Write(ReportSections.Questions(context));
        HtmlPage.End(writer);
    }
}
