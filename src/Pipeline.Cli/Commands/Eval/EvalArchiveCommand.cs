using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Evaluation.Archive;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>`pipeline eval archive --from A.yaml --to B.yaml`: ingest both campaigns (and the later one's reference documents) into a temporary archive and score `changes` and `reuse` against the later one's gold.</summary>
internal sealed class EvalArchiveCommand : PipelineCommand<EvalArchiveSettings>
{
    protected override async Task<int> RunAsync(EvalArchiveSettings settings, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { settings.From!, settings.To! }.Where(f => !File.Exists(f)))
        {
            throw new UsageException($"no campaign file {file}");
        }

        await Console.Error.WriteLineAsync("ingesting both campaigns into a temporary index …");
        using var archive = TemporaryArchive.Ingest([settings.From!, settings.To!], cancellationToken);
        var from = archive.Campaign(settings.From!);
        var to = archive.Campaign(settings.To!);
        var later = Campaigns.CampaignLoader.Load(settings.To!);
        var gold = CampaignPaths.Gold(later);
        ReferenceIngest.AddBundled(archive.Index, later);

        var result = ChangesEvaluation.Score(ChangesBuilder.Build(archive.Index, from, to), gold);
        var reuse = ReuseEvaluation.Score(ReuseFinder.Find(archive.Index, minimumWords: settings.MinWords), gold, settings.MinWords);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { from = from.Id, to = to.Id, changes = new { result.Recall, result.Precision, result }, reuse = new { reuse.Recall, reuse.RecallInScope, reuse.Precision, result = reuse } }, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        await Console.Out.WriteLineAsync($"Changes {from.Id} → {to.Id} against {gold}");
        await Console.Out.WriteLineAsync($"paragraph changes found with the right kind (recall)   {result.FoundRight,4} / {result.GoldParagraphs,-4} {result.Recall:P1}");
        await Console.Out.WriteLineAsync($"paragraph changes reported that are right (precision) {result.ReportedRight,4} / {result.Reported,-4} {result.Precision:P1}");
        await Console.Out.WriteLineAsync($"status changes found (to the gold's later status)      {result.StatusChangesFound,4} / {result.GoldStatusChanges,-4}");
        await Console.Out.WriteLineAsync($"reused passages found (recall, all gold pairs)          {reuse.Found,4} / {reuse.GoldPairs,-4} {reuse.Recall:P1}");
        await Console.Out.WriteLineAsync($"  of those with at least {settings.MinWords} words                      {reuse.FoundInScope,4} / {reuse.InScope,-4} {reuse.RecallInScope:P1}");
        await Console.Out.WriteLineAsync($"reused passages reported that are gold (precision)     {reuse.ReportedRight,4} / {reuse.Reported,-4} {reuse.Precision:P1}");
        await ListAsync("Changes missed", result.Misses);
        await ListAsync("Status changes missed", result.StatusMisses);
        await ListAsync("Reuse missed", reuse.Misses);
        await ListAsync("Reuse reported, not in the gold", reuse.Extra);
        return ExitCodes.Success;
    }


    private static async Task ListAsync(string title, IReadOnlyCollection<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        await Console.Out.WriteLineAsync($"\n{title} ({lines.Count}):");
        foreach (var line in lines)
        {
            await Console.Out.WriteLineAsync("  " + line);
        }
    }
}
