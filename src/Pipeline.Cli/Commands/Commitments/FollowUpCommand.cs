using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Commitments;
using Pipeline.Core.Json;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>
/// <c>pipeline follow-up ITEM --status S [--note …] [--evidence LINK] [--campaign ID|FILE]</c>: records a researcher's
/// follow-up of a ledger item in <c>follow-up.jsonl</c> beside the campaign file. An unknown or ambiguous id is a usage
/// error listing the candidates.
/// </summary>
internal sealed class FollowUpCommand : PipelineCommand<FollowUpSettings>
{
    protected override async Task<int> RunAsync(FollowUpSettings settings, CancellationToken cancellationToken)
    {
        var context = IndexedLedgers.Open(settings.Index, settings.Campaign);
        var typed = settings.Item.Trim().ToLowerInvariant();
        var matches = context.Ledger.Items.Where(i => i.Id.StartsWith(typed, StringComparison.Ordinal)).ToList();
        var item = matches.Count switch
        {
            1 => matches[0],
            0 => throw new UsageException($"no ledger item '{settings.Item}' in campaign {context.Campaign.Id}; `pipeline commitments` lists the ids"),
            _ => throw new UsageException($"'{settings.Item}' starts {matches.Count} item ids: {string.Join(", ", matches.Take(10).Select(m => $"{m.Id} \"{Shorten(m.Statement.Text)}\""))}; give more of the id"),
        };

        var entry = new FollowUp(item.Id, settings.ParsedStatus, settings.Note, settings.Evidence, DateTimeOffset.UtcNow, item.Statement.Text);
        FollowUpFile.Append(context.FollowUpPath, entry);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { File = context.FollowUpPath, Item = item with { FollowUp = entry } }, PipelineJson.Indented));
        }
        else
        {
            await Console.Out.WriteLineAsync($"Recorded in {context.FollowUpPath}:");
            await LedgerText.WriteItemAsync(Console.Out, item with { FollowUp = entry });
        }

        return ExitCodes.Success;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
