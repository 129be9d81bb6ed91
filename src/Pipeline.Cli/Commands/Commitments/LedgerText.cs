using Pipeline.Core.Commitments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>The ledger as text: per company, each item with its id, kind, deadline, status, quote and provenance.</summary>
internal static class LedgerText
{
    public static async Task WriteAsync(TextWriter output, LedgerContext context, IReadOnlyList<LedgerItem> items)
    {
        await output.WriteLineAsync($"Commitments ledger of {context.Campaign.Id}: {items.Count} item(s) (follow-up: {context.FollowUpPath})");
        foreach (var group in items.GroupBy(i => i.Company ?? "(company undetermined)"))
        {
            var counts = string.Join(", ", StatementKinds.Listed.Select(k => (k, n: group.Count(i => i.Statement.Kind == k))).Where(p => p.n > 0).Select(p => $"{p.n} {p.k.ToLabel()}{(p.n == 1 ? string.Empty : "s")}"));
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{group.Key} ({counts})");
            foreach (var item in group)
            {
                await WriteItemAsync(output, item);
            }
        }

        if (!context.Ledger.Rejected.IsDefaultOrEmpty)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{context.Ledger.Rejected.Length} item(s) rejected by researchers (not listed above):");
            foreach (var rejected in context.Ledger.Rejected)
            {
                await output.WriteLineAsync($"  [{rejected.Id}] {CorrectionText.Of(rejected.Correction)}: \"{rejected.Statement.Text}\"");
            }
        }

        if (!context.Ledger.Unapplied.IsDefaultOrEmpty)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{context.Ledger.Unapplied.Length} correction(s) of ledger items designate no item any more, or several (`pipeline corrections` says which):");
            foreach (var correction in context.Ledger.Unapplied)
            {
                await output.WriteLineAsync($"  {correction.Id} {correction.Reply}: \"{correction.Text}\"");
            }
        }

        if (!context.Ledger.Orphans.IsDefaultOrEmpty)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{context.Ledger.Orphans.Length} follow-up(s) name items no longer found (reply removed or its text changed):");
            foreach (var orphan in context.Ledger.Orphans)
            {
                await output.WriteLineAsync($"  [{orphan.Item}] {orphan.Status.ToLabel()}: \"{orphan.Quote}\"");
            }
        }
    }

    public static async Task WriteItemAsync(TextWriter output, LedgerItem item)
    {
        var s = item.Statement;
        var due = s.Deadline is { } d ? $"  {(s.Kind == StatementKind.Commitment ? "due" : "dated")} {d.Value ?? "(relative)"} \"{d.Text}\"" : string.Empty;
        await output.WriteLineAsync($"  [{item.Id}] {s.Kind.ToLabel()}{due}  {item.Status.ToLabel()}{(s.Hedged ? "  conditional" : string.Empty)}");
        await output.WriteLineAsync($"      \"{s.Text}\"");
        var where = $"{string.Join(",", item.Questions.Select(q => q.Value))} · {item.Topic?.ToLabel() ?? "-"} · {item.Provenance}";
        await output.WriteLineAsync($"      {where}{(s.Condition is { } c ? $" · condition: {c}" : string.Empty)}");
        if (item.Correction is { } mark)
        {
            await output.WriteLineAsync($"      {CorrectionText.Of(mark)}");
        }

        if (item.FollowUp is { } f)
        {
            await output.WriteLineAsync($"      follow-up {f.At:yyyy-MM-dd}: {f.Note}{(f.Evidence is { } e ? $" ({e})" : string.Empty)}");
        }
    }
}
