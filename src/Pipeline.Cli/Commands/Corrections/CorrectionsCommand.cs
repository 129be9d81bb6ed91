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
            CorrectionOutcome outcome;
            try
            {
                outcome = CorrectionJob.CreateDefault().Undo(campaign, id, new IngestOptions { IndexDirectory = settings.Index, ManifestPath = settings.Manifest });
            }
            catch (CorrectionRejectedException rejected)
            {
                throw CorrectionRequest.Rejected(rejected);
            }

            await Console.Out.WriteLineAsync(settings.Json
                ? JsonSerializer.Serialize(outcome, PipelineJson.Indented)
                : $"Undid correction {outcome.Correction.Id} ({CorrectionsText.What(outcome.Correction)}) in {outcome.File}; {CorrectionsText.Reindexed(outcome.Reindexed)}.");
            return ExitCodes.Success;
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
