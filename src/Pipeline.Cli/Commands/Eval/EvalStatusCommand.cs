using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval status --campaign FILE [--json]`: company × question statuses against the gold's meta files.</summary>
internal sealed class EvalStatusCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override async Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken)
    {
        var result = await AnalysisEvaluationRunner.RunAsync(settings, cancellationToken);
        if (result.Status is null)
        {
            throw new UsageException($"{settings.Campaign}: no gold/<reply>.meta.json gives statuses, so there is nothing to score");
        }

        var output = settings.Json
            ? JsonSerializer.Serialize(new { result.CampaignId, result.Replies, result.Status, result.Problems }, PipelineJson.Indented)
            : AnalysisReportText.Status(result);
        await Console.Out.WriteLineAsync(output);
        return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
