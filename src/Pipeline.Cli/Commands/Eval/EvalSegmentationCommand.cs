using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval segmentation --campaign FILE [--json]`: segmentation accuracy against the campaign's gold files.</summary>
internal sealed class EvalSegmentationCommand : PipelineCommand<CampaignSettings>
{
    protected override async Task<int> RunAsync(CampaignSettings settings, CancellationToken cancellationToken)
    {
        var campaign = settings.LoadCampaign();
        var result = new SegmentationEvaluation(ReplySegmentation.CreateDefault()).Run(campaign, cancellationToken);
        var output = settings.Json
            ? JsonSerializer.Serialize(result, PipelineJson.Indented)
            : SegmentationReportText.Format(result);
        await Console.Out.WriteLineAsync(output);
        return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
