using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Search;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>`pipeline corrections --campaign FILE [--json] [--undo ID]`: every correction with where it stands (applied, pending, orphaned, ambiguous), or undo one.</summary>
internal sealed class CorrectionsCommand : PipelineCommand<CorrectionsSettings>
{
    protected override async Task<int> RunAsync(CorrectionsSettings settings, CancellationToken cancellationToken)
    {
        var campaign = CampaignFile.Load(settings.Campaign);
        if (settings.Undo is { } id)
        {
            IndexOpener.EnsureWritable(settings);
            var options = new IngestOptions { IndexDirectory = settings.Index, ManifestPath = settings.Manifest };
            return await CorrectionRun.PrintAsync(job => job.Undo(campaign, id, options), "Undid", settings.Json);
        }

        var file = CorrectionFile.PathFor(campaign);
        var corrections = CorrectionFile.Load(file);
        var path = IndexLocation.Resolve(settings.Index);
        IReadOnlyList<CorrectionState> states;
        if (SegmentIndex.Exists(path))
        {
            using var index = SegmentIndex.Open(path);
            states = CorrectionCheck.Run(index, campaign, corrections);
        }
        else
        {
            states = [.. corrections.Select(c => new CorrectionState(c, CorrectionStanding.Pending, "no index yet: run `pipeline ingest`"))];
        }

        await Console.Out.WriteLineAsync(settings.Json
            ? JsonSerializer.Serialize(new { file, corrections = states }, PipelineJson.Indented)
            : CorrectionsText.List(file, states));
        return ExitCodes.Success;
    }
}
