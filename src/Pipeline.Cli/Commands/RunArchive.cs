using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Workflows;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline run --all</c>: every campaign with replies under a folder, into one archive, with the cross-campaign outputs.</summary>
internal static class RunArchive
{
    public static async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Campaigns ?? RunSettings.CampaignsFolder;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--campaigns: no folder {folder}");
        }

        var campaigns = new List<Core.Campaigns.Campaign>();
        foreach (var file in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "campaign.yaml")).Where(File.Exists))
        {
            var campaign = CampaignFile.Load(file);
            var replies = CampaignPaths.Replies(campaign);
            if (Directory.Exists(replies) && Directory.EnumerateFileSystemEntries(replies).Any())
            {
                campaigns.Add(campaign);
            }
            else
            {
                await Console.Error.WriteLineAsync($"skipped {campaign.Id}: no replies in {replies}");
            }
        }

        if (campaigns.Count == 0)
        {
            throw new UsageException($"no campaign with replies under {folder} (each is <folder>/<name>/campaign.yaml with its replies folder)");
        }

        IndexOpener.EnsureWritable(settings);
        var options = new IngestOptions { IndexDirectory = settings.Index, Jobs = settings.Jobs ?? Environment.ProcessorCount };
        var summary = await IngestProgress.RunAsync(progress =>
            ArchiveRunJob.CreateDefault().Run(campaigns, settings.Out, options, progress, cancellationToken));
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, PipelineJson.Indented));
        }
        else
        {
            foreach (var run in summary.Campaigns)
            {
                await Console.Out.WriteLineAsync(IngestText.Format(run.Ingest));
            }

            await Console.Out.WriteLineAsync("Wrote:");
            foreach (var output in summary.Campaigns.SelectMany(c => c.Outputs).Concat(summary.ArchiveOutputs))
            {
                await Console.Out.WriteLineAsync($"  {output}");
            }
        }

        return summary.Campaigns.All(c => c.Ingest.Failed == 0) ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
