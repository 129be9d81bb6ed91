using Pipeline.Core.Campaigns;
using Pipeline.Search.Reading;

namespace Pipeline.Workflows.Searching;

/// <summary>
/// Resolves the company a search is narrowed to, as <c>compare --companies</c> does: a name or alias of a company in
/// the campaign(s) stored with the index (case ignored), or the name of a company whose replies are indexed. Anything
/// else is an error with the nearest names, never a silent "no hits". Shared by <c>pipeline search</c> and the web app.
/// </summary>
public static class SearchCompany
{
    private const int MaxSuggestions = 3;

    /// <param name="indexDirectory">The index folder, beside which ingest keeps each campaign's file.</param>
    /// <param name="campaignId">The campaign the search is narrowed to; null for all in the index.</param>
    public static CompanyChoice Resolve(string indexDirectory, SegmentIndex index, string? campaignId, string name)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var typed = name.Trim();
        var campaigns = CampaignStore.Ids(indexDirectory)
            .Where(id => campaignId is null || string.Equals(id, campaignId, StringComparison.OrdinalIgnoreCase))
            .Select(id => CampaignStore.Load(indexDirectory, id))
            .ToList();
        var indexed = index.ListDocuments(campaignId)
            .Select(d => d.Company)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        if (indexed.FirstOrDefault(c => string.Equals(c, typed, StringComparison.OrdinalIgnoreCase)) is { } replied)
        {
            return new CompanyChoice(replied, null);
        }

        var listed = campaigns.Select(c => (Campaign: c.Id, Company: c.FindCompany(typed)?.Name)).Where(m => m.Company is not null).ToList();
        var names = listed.Select(m => m.Company!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count switch
        {
            1 => new CompanyChoice(names[0], null),
            > 1 => new CompanyChoice(null, $"'{typed}' names different companies in different campaigns ({string.Join("; ", listed.Select(m => $"{m.Campaign}: {m.Company}"))}); choose the campaign"),
            _ => new CompanyChoice(null, Unknown(typed, campaignId, campaigns, indexed)),
        };
    }

    private static string Unknown(string typed, string? campaignId, List<Campaign> campaigns, List<string> indexed)
    {
        if (campaignId is not null && campaigns.Count == 0 && indexed.Count == 0)
        {
            return $"no company '{typed}': the index holds no campaign '{campaignId}'";
        }

        var where = campaigns.Count switch
        {
            0 when campaignId is not null => $"campaign {campaignId}",
            0 => "the index",
            1 => $"campaign {campaigns[0].Id}",
            _ => $"campaigns {string.Join(", ", campaigns.Select(c => c.Id))}",
        };

        // Every name and alias, each standing for the company's own name.
        var known = campaigns.SelectMany(c => c.Companies).SelectMany(c => c.AllNames.Select(n => (Said: n, c.Name)))
            .Concat(indexed.Select(n => (Said: n, Name: n)))
            .ToList();
        var nearest = NearNames.Nearest(typed, known, MaxSuggestions);
        var companies = known.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return nearest.Count > 0
            ? $"no company '{typed}' in {where}; did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?"
            : companies.Count > 0
            ? $"no company '{typed}' in {where} (its companies: {string.Join(", ", companies)})"
            : $"no company '{typed}' in {where}: it holds no company names yet";
    }
}
