using System.Collections.Concurrent;
using Pipeline.Core.Campaigns;
using Pipeline.Workflows;

namespace Pipeline.Web.Data;

/// <summary>
/// The campaigns stored with the index, each parsed once per version of its files (<see cref="CampaignStore.Version"/>):
/// nearly every page shows campaign titles and questions, and parsing every campaign's YAML per request cost about as
/// much CPU as a keyword search. Thread-safe.
/// </summary>
internal sealed class StoredCampaigns(string indexDirectory)
{
    private readonly ConcurrentDictionary<string, (string Version, Campaign Campaign)> _parsed = new(StringComparer.Ordinal);

    /// <summary>Campaign <paramref name="id"/> as its files are now; an unknown id is <see cref="CampaignStore.Load"/>'s error.</summary>
    public Campaign Load(string id)
    {
        // The version is read before the files: if they are replaced in between, the next request sees a new version.
        var version = CampaignStore.Version(indexDirectory, id);
        if (_parsed.TryGetValue(id, out var known) && known.Version == version)
        {
            return known.Campaign;
        }

        var campaign = CampaignStore.Load(indexDirectory, id);
        _parsed[id] = (version, campaign);
        return campaign;
    }
}
