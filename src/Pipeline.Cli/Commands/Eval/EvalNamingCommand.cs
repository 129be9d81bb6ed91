using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval naming --campaign FILE [--json]`: companies named from file name, letterhead and signature with the company list hidden.</summary>
internal sealed class EvalNamingCommand : PipelineCommand<EvalAnalysisSettings>
{
    protected override async Task<int> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken)
    {
        var result = await AnalysisEvaluationRunner.RunAsync(settings, cancellationToken);
        if (result.Naming is null)
        {
            throw new UsageException($"{settings.Campaign}: no gold/<reply>.meta.json names a company, so there is nothing to score");
        }

        var output = settings.Json
            ? JsonSerializer.Serialize(new { result.CampaignId, result.Replies, result.Naming, result.Problems }, PipelineJson.Indented)
            : AnalysisReportText.Naming(result);
        await Console.Out.WriteLineAsync(output);
        return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
