using System.Text.Json;
using Pipeline.Campaigns;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>
/// `pipeline campaign validate FILE`: exit 0 and "OK" with counts for a valid file; exit 1 with every located
/// problem for an invalid or missing one, as linters do, so scripts can gate on it.
/// </summary>
internal sealed class CampaignValidateCommand : PipelineCommand<CampaignFileSettings>
{
    protected override async Task<int> RunAsync(CampaignFileSettings settings, CancellationToken cancellationToken)
    {
        var result = CampaignLoader.Read(settings.ExistingFile());
        var view = CampaignValidationView.From(result);
        var output = settings.Json
            ? JsonSerializer.Serialize(view, PipelineJson.Indented)
            : CampaignText.Validation(view);
        await Console.Out.WriteLineAsync(output);
        return result.IsValid ? ExitCodes.Success : ExitCodes.Usage;
    }
}
