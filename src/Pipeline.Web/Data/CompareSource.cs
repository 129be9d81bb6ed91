using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Data;

/// <summary>
/// A campaign's comparison as the compare page reads it from one snapshot of the index: company by company
/// (<see cref="IndexedComparisonParts"/>, as <c>pipeline compare</c> reads it, without the commitments ledger), and the
/// matrices' summary (<see cref="ComparisonSummary"/>, every company's statuses and counts, no answers) read once. A page
/// reads the answers of the companies it shows only, so what the server holds grows with the number of companies, not
/// with their replies (issue 17).
/// </summary>
internal sealed class CompareSource
{
    /// <summary>
    /// Reuse marks need <c>reuse</c>'s search over the whole archive, whose time and memory grow with the archive (about
    /// 1 GB at 20,000 replies): the page marks answers only when the index holds at most this many replies.
    /// </summary>
    public const int ReuseMarksUpTo = 2_000;

    // Kept per snapshot of the index (the shared reader keeps one until an ingest commits) and per version of the campaign's
    // files kept beside it: the first summary reads every company once, 54 s at 20,000 replies and 300 s at 100,000.
    private static readonly ConditionalWeakTable<SegmentIndex, ConcurrentDictionary<(string, string), Lazy<CompareSource>>> BySnapshot = new();

    // The last summary read of each index's campaign, with what each company's row was read from: a later snapshot reads
    // again only the companies whose replies an ingest changed. Only the summary and those texts are kept, not the snapshot.
    private static readonly ConcurrentDictionary<(string Index, string Campaign), Earlier> Latest = new();

    private readonly Lazy<IndexedComparisonParts> _parts;
    private readonly Lazy<ComparisonSummary> _summary;

    private CompareSource(SegmentIndex index, Campaign campaign)
    {
        Replies = index.CountDocuments();
        _parts = new(() => new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.Default with { Ledger = false, ReuseMarks = ReuseMarked }));
        _summary = new(() => ReadSummary((index.Path, campaign.Id)));
    }

    /// <summary>The campaign read company by company (its reuse marks found when first read); the snapshot it came from must be open while it is read.</summary>
    public IndexedComparisonParts Parts => _parts.Value;

    /// <summary>The replies in the index, every campaign's.</summary>
    public int Replies { get; }

    /// <summary>True when the answers read from <see cref="Parts"/> carry their reuse marks (<see cref="ReuseMarksUpTo"/>).</summary>
    public bool ReuseMarked => Replies <= ReuseMarksUpTo;

    /// <summary>Every company's statuses and counts, read by the first request that needs them.</summary>
    public ComparisonSummary Summary => _summary.Value;

    /// <summary>The campaign's source as of this snapshot of the index, made by the first request that asks for it.</summary>
    public static CompareSource For(SegmentIndex index, Campaign campaign)
    {
        // The campaign and its corrections are written beside the index just after ingest commits: their files' times
        // are part of the key, so a request that came between the two does not keep a stale comparison.
        var key = (campaign.Id, CampaignFiles.Version(index.Path, campaign.Id));
        var built = BySnapshot.GetValue(index, _ => new());
        return built.GetOrAdd(key, _ => new Lazy<CompareSource>(() => new CompareSource(index, campaign))).Value;
    }

    /// <summary>The campaign's files as they are now (every ingest writes them again, mostly unchanged).</summary>
    private static string Content((string Index, string Campaign) campaign) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\0", CampaignFiles.Of(campaign.Index, campaign.Campaign).Select(f => Path.GetFileName(f) + "\0" + File.ReadAllText(f))))));

    private ComparisonSummary ReadSummary((string Index, string Campaign) campaign)
    {
        var parts = Parts;
        var files = Content(campaign);
        var earlier = Latest.TryGetValue(campaign, out var last) && last.Files == files ? last : null;
        var summary = ComparisonSummary.Read(parts, earlier?.Summary, c => earlier!.Versions.TryGetValue(c.Name, out var version) && version == parts.Version(c));
        Latest[campaign] = new Earlier(summary, files, parts.Outline.Companies.ToDictionary(c => c.Name, parts.Version, StringComparer.Ordinal));
        return summary;
    }

    private sealed record Earlier(ComparisonSummary Summary, string Files, Dictionary<string, string> Versions);
}
