namespace Pipeline.Web.Data;

/// <summary>Which campaign a request means: the one it names, or the index's only one.</summary>
/// <param name="Id">The campaign id as stored; null when there is a problem.</param>
/// <param name="Problem">Why none could be chosen; null when <paramref name="Id"/> is set.</param>
/// <param name="Unknown">True when the request named a campaign the index does not hold (a 404 rather than a 400).</param>
internal sealed record CampaignChoice(string? Id, string? Problem, bool Unknown)
{
    public static CampaignChoice Resolve(IReadOnlyList<string> ids, string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var match = ids.FirstOrDefault(id => string.Equals(id, requested, StringComparison.OrdinalIgnoreCase));
            return match is not null
                ? new CampaignChoice(match, null, false)
                : new CampaignChoice(null, $"no campaign '{requested}' in this index (it holds: {List(ids)})", true);
        }

        return ids.Count switch
        {
            1 => new CampaignChoice(ids[0], null, false),
            0 => new CampaignChoice(null, "no campaign has been ingested into this index yet: run `pipeline run` or `pipeline ingest <folder> --campaign <file>`", false),
            _ => new CampaignChoice(null, $"the index holds several campaigns ({List(ids)}): choose one with campaign=", false),
        };
    }

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
