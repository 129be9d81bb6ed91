using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// Finds reused text across an archive: answer paragraphs of every campaign's replies (letterhead, greetings,
/// signatures and restated questions are no answers, so shared courtesy lines never count) and the paragraphs of its
/// reference documents, compared by <see cref="NearDuplicateFinder"/>. Pairs within one reply, within one company's
/// replies to one campaign, and between two references are left out.
/// </summary>
public static class ReuseFinder
{
    /// <param name="archive">The index and its campaigns.</param>
    /// <param name="campaignId">Only reuse involving this campaign's replies; all when null.</param>
    /// <param name="minimumWords">Shorter paragraphs are left out.</param>
    public static ImmutableArray<Reuse> Find(ArchiveIndex archive, string? campaignId = null, int minimumWords = NearDuplicateFinder.DefaultMinimumWords)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var passages = Passages(archive);
        var order = archive.Campaigns.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var pairs = NearDuplicateFinder.Find([.. passages.Select(p => p.Text)], minimumWords, keep: (a, b) => Worth(passages[a], passages[b], campaignId));
        return [.. pairs.Select(p => Describe(passages[p.First], passages[p.Second], p, order))
            .OrderBy(r => r.Kind).ThenBy(r => r.Later.Company, StringComparer.Ordinal).ThenBy(r => r.Later.File, StringComparer.Ordinal)];
    }

    private static List<ReusedText> Passages(ArchiveIndex archive)
    {
        var passages = new List<ReusedText>();
        using var index = SegmentIndex.Open(archive.Path);
        foreach (var campaign in archive.Campaigns)
        {
            var files = index.ListDocuments(campaign.Id).ToDictionary(d => d.DocumentId, d => Path.GetFileName(d.SourcePath), StringComparer.Ordinal);
            foreach (var segment in index.ReadSegments(campaign.Id).Where(s => !s.IsStructure && !s.Questions.All(q => q.IsGeneral)))
            {
                var company = CompanyName(campaign, segment.Company);
                var file = files.GetValueOrDefault(segment.DocumentId, segment.DocumentId);
                passages.AddRange(Paragraphs(segment.AnswerText).Select(t => new ReusedText(company, file, t, campaign.Id, segment.Questions)));
            }
        }

        foreach (var reference in ReferenceStore.All(archive.Path))
        {
            passages.AddRange(reference.Paragraphs.Select(t => new ReusedText(reference.Company, reference.File, t, null, [])));
        }

        return passages;
    }

    // One entity across campaigns: the registry's name when the campaign has one.
    private static string CompanyName(Campaign campaign, string? company) =>
        company is null ? "(unknown company)" : campaign.Registry?.Find(company)?.Name ?? campaign.FindCompany(company)?.Name ?? company;

    private static string[] Paragraphs(string text) =>
        text.Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Worth(ReusedText a, ReusedText b, string? campaignId)
    {
        if (a.IsReference && b.IsReference)
        {
            return false;
        }

        if (campaignId is not null && a.CampaignId != campaignId && b.CampaignId != campaignId)
        {
            return false;
        }

        // A company repeating itself within one campaign (one paragraph answering two questions) is no reuse.
        return a.IsReference || b.IsReference || a.CampaignId != b.CampaignId || !string.Equals(a.Company, b.Company, StringComparison.Ordinal);
    }

    private static Reuse Describe(ReusedText a, ReusedText b, ReusedPair pair, Dictionary<string, int> order)
    {
        if (a.IsReference || b.IsReference)
        {
            return a.IsReference
                ? new Reuse(ReuseKind.Reference, b, a, pair.Similarity, pair.Containment)
                : new Reuse(ReuseKind.Reference, a, b, pair.Similarity, pair.Containment);
        }

        var (later, source) = order[a.CampaignId!] >= order[b.CampaignId!] ? (a, b) : (b, a);
        var kind = string.Equals(a.Company, b.Company, StringComparison.Ordinal) ? ReuseKind.OwnEarlier : ReuseKind.CrossCompany;
        return new Reuse(kind, later, source, pair.Similarity, pair.Containment);
    }
}
