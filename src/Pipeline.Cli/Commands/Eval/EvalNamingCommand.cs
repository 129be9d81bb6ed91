using Pipeline.Cli.Infrastructure;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval naming --campaign FILE [--json]`: companies named from file name, letterhead and signature with the company list hidden.</summary>
internal sealed class EvalNamingCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken) =>
        AnalysisEvaluationRunner.PrintAsync(
            settings,
            r => r.Naming is null ? null : new { r.CampaignId, r.Replies, r.Naming, r.Problems },
            AnalysisReportText.Naming,
            "no gold/<reply>.meta.json names a company, so there is nothing to score",
            cancellationToken);
}
