using Pipeline.Cli.Infrastructure;
using Pipeline.Reporting.Report;
using Pipeline.Workflows;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline report --out report.html`: the campaign at a glance, as one self-contained HTML page.</summary>
internal sealed class ReportCommand : PipelineCommand<ReportSettings>
{
    protected override async Task<int> RunAsync(ReportSettings settings, CancellationToken cancellationToken)
    {
        // Read company by company while rendering (issue 17), the answers marked where the archive reuses them.
        IndexedCampaigns.Read(settings.Index, settings.Campaign, IndexedComparisonOptions.Default with { ReuseMarks = true }, parts =>
            RunJob.WriteAtomically(settings.Out!, stream => new CampaignReportRenderer().Render(parts, stream)));
        await Console.Out.WriteLineAsync($"wrote {settings.Out}");
        return ExitCodes.Success;
    }
}
