using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Corrections;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>
/// Turns `--item ID` into what a statement correction is anchored by — the item's reply file and quoted text — since an
/// id is a hash of the reply's bytes and would not survive a new copy of the reply, while the quote does.
/// </summary>
internal static class LedgerItemAnchor
{
    public static Correction Resolve(Correction draft, string item, string? index, string campaignId)
    {
        var ledger = IndexedLedgers.Open(index, campaignId).Ledger;
        var typed = item.Trim().ToLowerInvariant();
        // A rejected item can be corrected again (given a kind back).
        var matches = ledger.Items.Concat(ledger.Rejected).Where(i => i.Id.StartsWith(typed, StringComparison.Ordinal)).ToList();
        var found = matches.Count switch
        {
            1 => matches[0],
            0 => throw new UsageException($"no ledger item '{item}' in campaign {campaignId}; `pipeline commitments` lists the ids"),
            _ => throw new UsageException($"'{item}' starts {matches.Count} item ids: {string.Join(", ", matches.Take(10).Select(m => m.Id))}; give more of the id"),
        };
        return draft with { Reply = found.File, Text = found.Statement.Text };
    }
}
