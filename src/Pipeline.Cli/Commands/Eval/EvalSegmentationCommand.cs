using Pipeline.Cli.Infrastructure;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>
/// `pipeline eval segmentation --campaign FILE [--json]`: how gold paragraphs are attributed to questions by the whole
/// analysis a reply gets at ingest (segmentation, then routing of prose): marked answers, unmarked prose, general text.
/// </summary>
internal sealed class EvalSegmentationCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken) =>
        AnalysisEvaluationRunner.PrintAsync(
            settings,
            r => new { r.CampaignId, r.Replies, r.Attribution, r.AttributionCalibration, r.Problems },
            AnalysisReportText.Attribution,
            "no gold paragraphs",
            cancellationToken);
}
