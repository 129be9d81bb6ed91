using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>
/// `pipeline eval segmentation --campaign FILE [--json]`: how gold paragraphs are attributed to questions by the whole
/// analysis a reply gets at ingest (segmentation, then routing of prose): marked answers, unmarked prose, general text.
/// </summary>
internal sealed class EvalSegmentationCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override async Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken)
    {
        var result = await AnalysisEvaluationRunner.RunAsync(settings, cancellationToken);
        var output = settings.Json
            ? JsonSerializer.Serialize(new { result.CampaignId, result.Replies, result.Attribution, result.AttributionCalibration, result.Problems }, PipelineJson.Indented)
            : AnalysisReportText.Attribution(result);
        await Console.Out.WriteLineAsync(output);
        return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
