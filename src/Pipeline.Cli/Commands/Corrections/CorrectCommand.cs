using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>
/// `pipeline correct REPLY --campaign FILE --text "…" --questions 2a` (or `--company N --question 2d --status declined`):
/// records a correction in corrections.jsonl beside the campaign and re-indexes what it concerns.
/// </summary>
internal sealed class CorrectCommand : PipelineCommand<CorrectSettings>
{
    protected override async Task<int> RunAsync(CorrectSettings settings, CancellationToken cancellationToken)
    {
        var campaign = CampaignFile.Load(settings.Campaign);
        var draft = CorrectionRequest.Draft(settings);
        IndexOpener.EnsureWritable(settings);
        CorrectionOutcome outcome;
        try
        {
            outcome = CorrectionJob.CreateDefault().Record(campaign, draft, new IngestOptions { IndexDirectory = settings.Index, ManifestPath = settings.Manifest });
        }
        catch (CorrectionRejectedException rejected)
        {
            throw CorrectionRequest.Rejected(rejected);
        }

        await Console.Out.WriteLineAsync(settings.Json
            ? JsonSerializer.Serialize(outcome, PipelineJson.Indented)
            : $"Recorded correction {outcome.Correction.Id} ({CorrectionsText.What(outcome.Correction)}) in {outcome.File}; {CorrectionsText.Reindexed(outcome.Reindexed)}.");
        return ExitCodes.Success;
    }
}
