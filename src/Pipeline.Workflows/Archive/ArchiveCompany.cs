using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// One company across the campaigns of an archive: the name to show it under, and the name each campaign listed it
/// under (through the campaigns' company registry, so "Thales" and "Thales Group" are one company; by names and aliases
/// for campaigns without a registry).
/// </summary>
/// <param name="Name">The registry's name, else the name the first campaign that lists it uses.</param>
/// <param name="NamesByCampaign">Campaign id → the company's name in that campaign; campaigns that did not approach it are absent.</param>
public sealed record ArchiveCompany(string Name, ImmutableDictionary<string, string> NamesByCampaign)
{
    /// <summary>Finds the company a researcher typed (a name or alias in any campaign or the registry).</summary>
    /// <param name="campaigns">The archive's campaigns.</param>
    /// <param name="typed">What the researcher typed.</param>
    /// <param name="problem">When no campaign knows it: one line naming the nearest names; else null.</param>
    /// <returns>The company; null when <paramref name="problem"/> says why not.</returns>
    public static ArchiveCompany? Resolve(IReadOnlyList<Campaign> campaigns, string typed, out string? problem)
    {
        problem = null;
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentException.ThrowIfNullOrWhiteSpace(typed);
        var name = typed.Trim();
        var entity = campaigns.Select(c => c.Registry?.Find(name)).FirstOrDefault(e => e is not null);
        var names = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            if (InCampaign(campaign, name, entity) is { } company)
            {
                names[campaign.Id] = company.Name;
            }
        }

        if (names.Count == 0)
        {
            var known = campaigns.SelectMany(c => c.Companies).SelectMany(c => c.AllNames.Select(n => (Said: n, c.Name)));
            var nearest = Searching.NearNames.Nearest(name, known);
            var hint = nearest.Count > 0 ? $"; did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?" : string.Empty;
            problem = $"no company '{name}' in the archive's campaigns ({string.Join(", ", campaigns.Select(c => c.Id))}){hint}";
            return null;
        }

        var shown = entity?.Name ?? campaigns.Where(c => names.ContainsKey(c.Id)).Select(c => names[c.Id]).First();
        return new ArchiveCompany(shown, names.ToImmutable());
    }

    private static Company? InCampaign(Campaign campaign, string typed, RegisteredCompany? entity)
    {
        if (entity is not null && campaign.Registry is { } registry)
        {
            return campaign.Companies.FirstOrDefault(c => registry.Find(c) is { } e && CompanyRegistry.SameName(e.Name, entity.Name));
        }

        return campaign.FindCompany(typed)
            ?? (entity is null ? null : campaign.Companies.FirstOrDefault(c => entity.AllNames.Any(n => c.AllNames.Any(m => CompanyRegistry.SameName(n, m)))));
    }
}
