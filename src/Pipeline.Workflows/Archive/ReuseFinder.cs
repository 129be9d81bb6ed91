using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// Finds reused text across an archive: the answer paragraphs of every campaign's replies, the paragraphs a reply has
/// outside its answers that the classifier read as substance (an annex, an enclosed policy; letterhead, greetings and
/// signatures are <c>other</c>), and the paragraphs of its reference documents; courtesies and restated questions
/// never count (<see cref="CompanyWords"/>).
/// <list type="bullet">
/// <item>A company's own earlier text: its paragraphs in each earlier campaign aligned with a later one's
/// (<see cref="ParagraphAlignment"/>, as <c>changes</c> does) — what is unchanged or edited was reused.</item>
/// <item>Between companies, and from reference documents: near-duplicates (<see cref="NearDuplicateFinder"/>). A copy
/// between two companies that both took the text from one reference document is reported as their copies of the
/// reference; a copy of text the source company repeats campaign after campaign names its earliest occurrence.</item>
/// </list>
/// Pairs within one reply, within one company's replies to one campaign, and between two references are left out.
/// A paragraph copied by many lists its earliest sources only (at most <see cref="ListedSources"/>) and how many
/// companies' replies hold it (<see cref="Reuse.Companies"/>): a template sent by a thousand companies is a thousand
/// findings, not a million pairs.
/// </summary>
public static class ReuseFinder
{
    /// <param name="archive">The index and its campaigns.</param>
    /// <param name="campaignId">Only reuse involving this campaign's replies; all when null.</param>
    /// <param name="minimumWords">Paragraphs with fewer words count between companies and from references only when copied word for word.</param>
    public static ImmutableArray<Reuse> Find(ArchiveIndex archive, string? campaignId = null, int minimumWords = NearDuplicateFinder.DefaultMinimumWords)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var passages = Passages(archive);
        var order = archive.Campaigns.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var own = OwnEarlier(passages, order, campaignId).ToList();
        var found = NearDuplicateFinder.Search([.. passages.Select(p => p.Text)], minimumWords, keep: (a, b) => Worth(passages[a], passages[b], campaignId));
        var companies = CompaniesPerGroup(passages, found.Groups);
        var copies = found.Pairs
            .Select(p => Describe(passages[p.First], passages[p.Second], p, companies.GetValueOrDefault(found.Groups[p.Second])))
            .Select(SourceFirst(own))
            .ToList();
        return [.. own.Concat(Explained(copies, order))
            .OrderBy(r => r.Kind).ThenBy(r => r.Later.Company, StringComparer.Ordinal).ThenBy(r => r.Later.File, StringComparer.Ordinal)];
    }

    /// <summary>At most this many sources are listed for one reused paragraph, the earliest; <see cref="Reuse.Companies"/> counts them all.</summary>
    public const int ListedSources = 3;

    /// <summary>Every paragraph compared, earliest first: the reference documents, then each campaign's replies in the archive's order.</summary>
    private static List<ReusedText> Passages(ArchiveIndex archive)
    {
        var passages = new List<ReusedText>();
        foreach (var reference in ReferenceStore.All(archive.Path))
        {
            passages.AddRange(reference.Paragraphs.Select(t => new ReusedText(reference.Company, reference.File, t, null, [])));
        }

        var words = new CompanyWords(archive.Campaigns);
        using var index = SegmentIndex.Open(archive.Path);
        foreach (var campaign in archive.Campaigns)
        {
            // Streamed (an archive's segments need not fit in memory beside its paragraphs), then put in the order
            // SegmentIndex.ReadSegments gives: by company, file and position in the reply.
            var files = index.ListDocuments(campaign.Id).ToDictionary(d => d.DocumentId, d => Path.GetFileName(d.SourcePath), StringComparer.Ordinal);
            var read = new List<(string? Company, string FileName, string DocumentId, int Ordinal, ReusedText Text)>();
            foreach (var segment in index.StreamSegments(campaign.Id).Where(s => !s.IsStructure))
            {
                var company = CompanyName(campaign, segment.Company);
                var file = files.GetValueOrDefault(segment.DocumentId, segment.DocumentId);
                read.AddRange(Paragraphs(segment, words).Select(t => (segment.Company, segment.FileName, segment.DocumentId, segment.Ordinal, new ReusedText(company, file, t, campaign.Id, segment.Questions))));
            }

            passages.AddRange(read
                .OrderBy(p => p.Company ?? "\uffff", StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.FileName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.DocumentId, StringComparer.Ordinal)
                .ThenBy(p => p.Ordinal)
                .Select(p => p.Text));
        }

        return passages;
    }

    /// <summary>
    /// Within one campaign, which of two companies copied the other is not known from the campaign's order; when one of
    /// them sent the text to an earlier campaign already (its own earlier text), that one is the source.
    /// </summary>
    private static Func<Reuse, Reuse> SourceFirst(List<Reuse> own)
    {
        var repeated = own.Select(r => r.Later).ToHashSet();
        return c => c.Kind == ReuseKind.CrossCompany && c.Later.CampaignId == c.Source.CampaignId && repeated.Contains(c.Later) && !repeated.Contains(c.Source)
            ? c with { Later = c.Source, Source = c.Later }
            : c;
    }

    /// <summary>How many companies' replies hold each group's text.</summary>
    private static Dictionary<int, int> CompaniesPerGroup(List<ReusedText> passages, ImmutableArray<int> groups) =>
        Enumerable.Range(0, passages.Count)
            .Where(i => groups[i] >= 0 && !passages[i].IsReference)
            .GroupBy(i => groups[i])
            .ToDictionary(g => g.Key, g => g.Select(i => passages[i].Company).Distinct(StringComparer.Ordinal).Count());

    /// <summary>
    /// A segment's answer paragraphs; of a segment outside the answers, those classified as anything but <c>other</c> and
    /// of a paragraph's length (<see cref="NearDuplicateFinder.DefaultMinimumWords"/>, whatever the search's minimum): a
    /// signature's title or a letterhead line is no prose, and its repetition no reuse.
    /// </summary>
    private static IEnumerable<string> Paragraphs(IndexedSegment segment, CompanyWords words)
    {
        if (!segment.Questions.All(q => q.IsGeneral))
        {
            return words.Of(segment.AnswerText);
        }

        var paragraphs = segment.Text.Split("\n\n");
        return paragraphs.Length != segment.PassageTopics.Length
            ? []
            : paragraphs
                .Where((_, i) => segment.PassageTopics[i] is { } topic && topic != Topic.Other
                    && (segment.PassageRoles.IsDefaultOrEmpty || segment.PassageRoles[i] == Core.Segments.PassageRole.Answer))
                .SelectMany(words.Of)
                .Where(p => Words.Keys(p).Length >= NearDuplicateFinder.DefaultMinimumWords);
    }

    // One entity across campaigns: the registry's name when the campaign has one.
    private static string CompanyName(Campaign campaign, string? company) =>
        company is null ? "(unknown company)" : campaign.Registry?.Find(company)?.Name ?? campaign.FindCompany(company)?.Name ?? company;

    /// <summary>Each company's paragraphs of every later campaign aligned with those of every earlier one.</summary>
    private static IEnumerable<Reuse> OwnEarlier(List<ReusedText> passages, Dictionary<string, int> order, string? campaignId)
    {
        var byCompany = passages.Where(p => !p.IsReference && p.Company != "(unknown company)" && Words.Keys(p.Text).Length >= NearDuplicateFinder.ShortestPassage)
            .GroupBy(p => p.Company, StringComparer.Ordinal);
        foreach (var company in byCompany)
        {
            var campaigns = company.GroupBy(p => p.CampaignId!, StringComparer.Ordinal).OrderBy(g => order[g.Key]).Select(g => g.ToList()).ToList();
            for (var l = 1; l < campaigns.Count; l++)
            {
                for (var e = 0; e < l; e++)
                {
                    var (earlier, later) = (campaigns[e], campaigns[l]);
                    if (campaignId is not null && earlier[0].CampaignId != campaignId && later[0].CampaignId != campaignId)
                    {
                        continue;
                    }

                    foreach (var pair in ParagraphAlignment.Pairs([.. earlier.Select(p => p.Text)], [.. later.Select(p => p.Text)]))
                    {
                        var containment = Shingles.Containment(Shingles.Of(Words.Keys(pair.BeforeText)), Shingles.Of(Words.Keys(pair.AfterText)));
                        yield return new Reuse(
                            ReuseKind.OwnEarlier, later[pair.After] with { Text = pair.AfterText }, earlier[pair.Before] with { Text = pair.BeforeText }, Math.Round(pair.Similarity, 3), Math.Round(containment, 3));
                    }
                }
            }
        }
    }

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

        // A company's own text across campaigns is aligned instead (OwnEarlier); within one campaign it is no reuse.
        return a.IsReference || b.IsReference || !string.Equals(a.Company, b.Company, StringComparison.Ordinal);
    }

    // Passages are listed earliest first (references, then campaigns in order), so the pair's second is the later text.
    private static Reuse Describe(ReusedText a, ReusedText b, ReusedPair pair, int companies) =>
        a.IsReference
            ? new Reuse(ReuseKind.Reference, b, a, pair.Similarity, pair.Containment, companies)
            : new Reuse(ReuseKind.CrossCompany, b, a, pair.Similarity, pair.Containment, companies);

    /// <summary>
    /// The copies between companies that are not explained otherwise: both sides copying one reference document, or the
    /// source company's later repeat of text whose earliest occurrence is also found.
    /// </summary>
    private static IEnumerable<Reuse> Explained(List<Reuse> copies, Dictionary<string, int> order)
    {
        var fromReferences = copies.Where(c => c.Kind == ReuseKind.Reference).ToLookup(c => c.Later);
        var cross = copies.Where(c => c.Kind == ReuseKind.CrossCompany)
            .Where(c => !fromReferences[c.Later].Select(r => r.Source).Intersect(fromReferences[c.Source].Select(r => r.Source)).Any())
            .GroupBy(c => (c.Later, c.Source.Company))
            .Select(g => g.MinBy(c => order[c.Source.CampaignId!])!);
        return copies.Where(c => c.Kind == ReuseKind.Reference).Concat(cross)
            .GroupBy(c => c.Later)
            .SelectMany(g => g.Take(ListedSources));
    }
}
