using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Report;

/// <summary>
/// The campaign at a glance as one self-contained HTML page: who replied and who did not, computed findings, a
/// stacked bar chart of answer status per question, a companies × topics coverage heatmap, the answer matrix,
/// and each respondent's answers with their source. Every text from the documents is HTML-encoded. Thread-safe.
/// </summary>
public sealed class CampaignReportRenderer(FindingsEngine? findings = null)
{
    private readonly FindingsEngine _findings = findings ?? FindingsEngine.Default;

    public void Render(CampaignComparison comparison, Stream output)
    {
        var context = new FindingContext(comparison);
        var found = _findings.Find(comparison);
        var body = new StringBuilder()
            .Append(ReportSections.Header(context))
            .Append(ReportSections.Response(context, found))
            .Append(ReportSections.Findings(found))
            .Append(ReportSections.StatusChart(context))
            .Append(ReportSections.Coverage(context))
            .Append(ReportSections.Matrix(context))
            .Append(CompanySections.Render(context))
            .Append(CommitmentSections.Render(comparison))
            .Append(ReportSections.Questions(context));
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        HtmlPage.Write(writer, comparison.Campaign.Title, body.ToString());
    }
}
