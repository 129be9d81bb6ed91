using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Data;

/// <summary>
/// A campaign's comparison as <see cref="ComparisonBuilder"/> makes it from the index (what <c>pipeline compare</c> and
/// <c>pipeline report</c> show, commitments ledger included) with its answers' reused passages marked (<see cref="ReuseMarks"/>), plus where each answer sits in its
/// reply, so that a page can link an answer to its segment.
/// </summary>
internal sealed class CampaignData
{
    // Built once per snapshot of the index (the shared reader keeps one until an ingest commits) and per version of the
    // campaign's files kept beside it, instead of on every request: at 2,000 replies one build took ~7 s of CPU (issue 17).
    private static readonly ConditionalWeakTable<SegmentIndex, ConcurrentDictionary<(string, DateTime, int), Lazy<CampaignData>>> BySnapshot = new();

    private readonly Dictionary<(string DocumentId, string Text), int> _ordinals;

    private CampaignData(CampaignComparison comparison, Dictionary<(string, string), int> ordinals)
    {
        Comparison = comparison;
        _ordinals = ordinals;
    }

    public CampaignComparison Comparison { get; }

    /// <summary>The campaign's data as of this snapshot of the index, built by the first request that asks for it.</summary>
    public static CampaignData For(SegmentIndex index, Campaign campaign)
    {
        // The campaign and its corrections are written beside the index just after ingest commits: their files' times
        // are part of the key, so a request that came between the two does not keep a stale comparison.
        var files = Directory.Exists(Path.Combine(index.Path, "campaigns"))
            ? Directory.GetFiles(Path.Combine(index.Path, "campaigns"), campaign.Id + ".*")
            : [];
        var key = (campaign.Id, files.Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max(), files.Length);
        var built = BySnapshot.GetValue(index, _ => new());
        return built.GetOrAdd(key, _ => new Lazy<CampaignData>(() => Load(index, campaign))).Value;
    }

    public static CampaignData Load(SegmentIndex index, Campaign campaign)
    {
        var segments = index.ReadSegments(campaign.Id);
        var ordinals = new Dictionary<(string, string), int>();
        foreach (var segment in segments)
        {
            ordinals.TryAdd((segment.DocumentId, segment.AnswerText), segment.Ordinal);
        }

        return new CampaignData(ReuseMarks.Apply(ComparisonBuilder.Build(index, campaign, segments), index.Path), ordinals);
    }

    /// <summary>The position of the answer's segment in its reply; null if the index no longer holds it.</summary>
    public int? OrdinalOf(AnswerExcerpt answer) =>
        _ordinals.TryGetValue((answer.DocumentId, answer.Text), out var ordinal) ? ordinal : null;
}
