using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Selection;

/// <summary>
/// The order of a ledger's companies (<c>LedgerBuilder</c>'s): the campaign's list in its order, then the items whose
/// company is undetermined (null), then unlisted companies by name — the comparison's company order with the
/// undetermined ones between the listed and the unlisted.
/// </summary>
public static class LedgerOrder
{
    /// <summary>The comparison's companies (names) in ledger order, null standing for the undetermined company.</summary>
    public static IEnumerable<string?> Of(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return [.. comparison.Companies.Where(c => c.Listed).Select(c => c.Name), null, .. comparison.Companies.Where(c => !c.Listed).Select(c => c.Name)];
    }

    /// <summary>Each company's place in <paramref name="order"/> (null: the undetermined company), to sort by; names not in it go last.</summary>
    public static Func<string?, int> Places(IReadOnlyList<string?> order)
    {
        var places = order.Select((name, i) => (name, i)).Where(p => p.name is not null).GroupBy(p => p.name!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var undetermined = order.Select((name, i) => (name, i)).FirstOrDefault(p => p.name is null, (null, int.MaxValue)).i;
        return name => name is null ? undetermined : places.GetValueOrDefault(name, int.MaxValue);
    }
}
