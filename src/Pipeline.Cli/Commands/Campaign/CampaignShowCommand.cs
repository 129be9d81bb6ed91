using System.Text.Json;
using Pipeline.Campaigns;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>`pipeline campaign show FILE [--json]`: questions with topics, companies with statuses, response rate. An invalid file is fatal (exit 3).</summary>
internal sealed class CampaignShowCommand : PipelineCommand<CampaignFileSettings>
{
    protected override async Task<int> RunAsync(CampaignFileSettings settings, CancellationToken cancellationToken)
    {
        var view = CampaignView.From(CampaignLoader.Load(settings.ExistingFile()));
        var output = settings.Json
            ? JsonSerializer.Serialize(view, PipelineJson.Indented)
            : CampaignText.Campaign(view);
        await Console.Out.WriteLineAsync(output);
        return ExitCodes.Success;
    }
}
