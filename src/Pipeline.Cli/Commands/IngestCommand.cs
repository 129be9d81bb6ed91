using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline ingest FOLDER... --campaign FILE`: extract → segment → classify → index every reply; exit 2 when some failed.</summary>
internal sealed class IngestCommand : PipelineCommand<IngestSettings>
{
    protected override async Task<int> RunAsync(IngestSettings settings, CancellationToken cancellationToken)
    {
        var campaign = CampaignFile.Load(settings.Campaign);
        var missing = settings.Folders.Where(f => !Directory.Exists(f) && !File.Exists(f)).ToList();
        if (settings.Folders.Length == 0 || missing.Count > 0)
        {
            throw new UsageException(missing.Count > 0 ? $"no such folder: {string.Join(", ", missing)}" : "name at least one folder of replies");
        }

        IndexOpener.EnsureWritable(settings);
        var options = new IngestOptions
        {
            IndexDirectory = settings.Index,
            Jobs = settings.Jobs ?? Environment.ProcessorCount,
            Prune = settings.Prune,
            ManifestPath = settings.Manifest,
        };
        var summary = await IngestProgress.RunAsync(progress =>
            IngestJob.CreateDefault().Run(campaign, settings.Folders, options, progress, cancellationToken));
        await Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(summary, PipelineJson.Indented) : IngestText.Format(summary));
        return summary.Failed == 0 && summary.MissingFromManifest.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
