using Pipeline.Cli.Infrastructure;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>
/// `pipeline correct REPLY --campaign FILE --text "…" --questions 2a` (or `--company N --question 2d --status declined`):
/// records a correction in corrections.jsonl beside the campaign and re-indexes what it concerns. With
/// `--item ID --reject` (or `--kind`, `--deadline`, `--condition`) it corrects an item of the commitments ledger.
/// </summary>
internal sealed class CorrectCommand : PipelineCommand<CorrectSettings>
{
    protected override Task<int> RunAsync(CorrectSettings settings, CancellationToken cancellationToken)
    {
        var campaign = CampaignFile.Load(settings.Campaign);
        var draft = CorrectionRequest.Draft(settings);
        if (settings.Item is { } item)
        {
            draft = LedgerItemAnchor.Resolve(draft, item, settings.Index, campaign.Id);
        }

        IndexOpener.EnsureWritable(settings);
        var options = new IngestOptions { IndexDirectory = settings.Index, ManifestPath = settings.Manifest };
        return CorrectionRun.PrintAsync(job => job.Record(campaign, draft, options), "Recorded", settings.Json);
    }
}
