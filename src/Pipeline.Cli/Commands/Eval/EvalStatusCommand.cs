using Pipeline.Cli.Infrastructure;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval status --campaign FILE [--json]`: company × question statuses against the gold's meta files.</summary>
internal sealed class EvalStatusCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken) =>
        AnalysisEvaluationRunner.PrintAsync(
            settings,
            r => r.Status is null ? null : new { r.CampaignId, r.Replies, r.Status, r.Problems },
            AnalysisReportText.Status,
            "no gold/<reply>.meta.json gives statuses, so there is nothing to score",
            cancellationToken);
}
