using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>
/// <c>pipeline commitments [--campaign ID|FILE] [--company NAME] [--kind K,…] [--due-before DATE] [--status S,…] [--json]</c>:
/// the campaign's ledger of commitments, claims and refusals, each quoted with its place in the reply and its follow-up status.
/// </summary>
internal sealed class CommitmentsCommand : PipelineCommand<CommitmentsSettings>
{
    protected override async Task<int> RunAsync(CommitmentsSettings settings, CancellationToken cancellationToken)
    {
        var context = IndexedLedgers.Open(settings.Index, settings.Campaign);
        string? company = null;
        if (settings.Company is { } typed)
        {
            company = context.Campaign.FindCompany(typed)?.Name
                ?? context.Ledger.Items.Select(i => i.Company).OfType<string>().FirstOrDefault(c => string.Equals(c, typed.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--company: no company '{typed}' in campaign {context.Campaign.Id} (companies with statements: {string.Join(", ", context.Ledger.Items.Select(i => i.Company).OfType<string>().Distinct())})");
        }

        var filter = new LedgerFilter(company, [.. settings.Kinds], settings.DueBeforeDate, [.. settings.Statuses]);
        var items = filter.Apply(context.Ledger).ToList();
        if (settings.Json)
        {
            var document = new
            {
                Campaign = context.Campaign.Id,
                context.Ledger.Classifier,
                FollowUpFile = context.FollowUpPath,
                Count = items.Count,
                Items = items,
                context.Ledger.Rejected,
                context.Ledger.Unapplied,
                context.Ledger.Orphans,
            };
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(document, PipelineJson.Indented));
        }
        else
        {
            await LedgerText.WriteAsync(Console.Out, context, items);
        }

        return ExitCodes.Success;
    }
}
