using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Pipeline.Core.Campaigns;

/// <summary>
/// A campaign's companies by every name and alias (case ignored), built once per list of companies: compare looks a
/// company up for every reply and segment, which a scan of the list made linear in the companies each time (issue 17).
/// </summary>
internal sealed class CompanyLookup
{
    // Kept beside the campaign rather than in it: a field would take part in the record's equality and be copied by `with`.
    private static readonly ConditionalWeakTable<Campaign, CompanyLookup> Built = [];

    private readonly ImmutableArray<Company> _source;
    private readonly Dictionary<string, Company> _byName = new(StringComparer.OrdinalIgnoreCase);

    private CompanyLookup(ImmutableArray<Company> companies)
    {
        _source = companies;

        // The first company carrying a name wins, as a scan of the list in order finds it.
        foreach (var company in companies.IsDefault ? [] : companies)
        {
            foreach (var name in company.AllNames)
            {
                _byName.TryAdd(name, company);
            }
        }
    }

    public static Company? Find(Campaign campaign, string name)
    {
        if (!Built.TryGetValue(campaign, out var lookup) || lookup._source != campaign.Companies)
        {
            lookup = new CompanyLookup(campaign.Companies);
            Built.AddOrUpdate(campaign, lookup);
        }

        return lookup._byName.GetValueOrDefault(name);
    }
}
