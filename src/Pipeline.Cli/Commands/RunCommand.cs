using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline run`: the main job — ingest a campaign's replies, then write the comparison and the report.</summary>
internal sealed class RunCommand : PipelineCommand<RunSettings>
{
    protected override async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.All)
        {
            return await RunArchive.RunAsync(settings, cancellationToken);
        }

        var campaign = CampaignFile.Load(settings.CampaignFile);
        var replies = CampaignPaths.Replies(campaign);
        if (!Directory.Exists(replies))
        {
            throw new UsageException($"the campaign's replies folder does not exist: {replies} (put the replies there, or set `replies:` in the campaign file)");
        }

        IndexOpener.EnsureWritable(settings);
        var options = new IngestOptions { IndexDirectory = settings.Index, Jobs = settings.Jobs ?? Environment.ProcessorCount };
        var summary = await IngestProgress.RunAsync(progress =>
            RunJob.CreateDefault().Run(campaign, settings.Out, options, progress, cancellationToken));
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, PipelineJson.Indented));
        }
        else
        {
            await Console.Out.WriteLineAsync(IngestText.Format(summary.Ingest));
            await Console.Out.WriteLineAsync("Wrote:");
            foreach (var output in summary.Outputs)
            {
                await Console.Out.WriteLineAsync($"  {output}");
            }
        }

        return summary.Ingest.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
