using Pipeline.Cli.Infrastructure;
using Pipeline.Reporting.Report;
using Pipeline.Search;
using Pipeline.Workflows;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline report --out report.html`: the campaign at a glance, as one self-contained HTML page.</summary>
internal sealed class ReportCommand : PipelineCommand<ReportSettings>
{
    protected override async Task<int> RunAsync(ReportSettings settings, CancellationToken cancellationToken)
    {
        var comparison = ReuseMarks.Apply(IndexedCampaigns.Compare(settings.Index, settings.Campaign), IndexLocation.Resolve(settings.Index));
        RunJob.WriteAtomically(settings.Out!, stream => new CampaignReportRenderer().Render(comparison, stream));
        await Console.Out.WriteLineAsync($"wrote {settings.Out}");
        return ExitCodes.Success;
    }
}
