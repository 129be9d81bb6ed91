using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Evaluation.Archive;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval changes --from A.yaml --to B.yaml`: ingest both campaigns into a temporary archive and score `changes` against the later one's gold.</summary>
internal sealed class EvalChangesCommand : PipelineCommand<EvalChangesSettings>
{
    protected override async Task<int> RunAsync(EvalChangesSettings settings, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { settings.From!, settings.To! }.Where(f => !File.Exists(f)))
        {
            throw new UsageException($"no campaign file {file}");
        }

        await Console.Error.WriteLineAsync("ingesting both campaigns into a temporary index …");
        using var archive = TemporaryArchive.Ingest([settings.From!, settings.To!], cancellationToken);
        var from = archive.Campaign(settings.From!);
        var to = archive.Campaign(settings.To!);
        var gold = CampaignPaths.Gold(Campaigns.CampaignLoader.Load(settings.To!));
        var result = ChangesEvaluation.Score(ChangesBuilder.Build(archive.Index, from, to), gold);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { from = from.Id, to = to.Id, result.Recall, result.Precision, result }, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        await Console.Out.WriteLineAsync($"Changes {from.Id} → {to.Id} against {gold}");
        await Console.Out.WriteLineAsync($"paragraph changes found with the right kind (recall)   {result.FoundRight,4} / {result.GoldParagraphs,-4} {result.Recall:P1}");
        await Console.Out.WriteLineAsync($"paragraph changes reported that are right (precision) {result.ReportedRight,4} / {result.Reported,-4} {result.Precision:P1}");
        await Console.Out.WriteLineAsync($"status changes found (to the gold's later status)      {result.StatusChangesFound,4} / {result.GoldStatusChanges,-4}");
        if (result.Misses.Length > 0)
        {
            await Console.Out.WriteLineAsync($"\nMisses ({result.Misses.Length}):");
            foreach (var miss in result.Misses)
            {
                await Console.Out.WriteLineAsync("  " + miss);
            }
        }

        return ExitCodes.Success;
    }
}
