using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Web.Data;

/// <summary>
/// A campaign's comparison as <see cref="ComparisonBuilder"/> makes it from the index (what <c>pipeline compare</c>
/// shows) with its answers' reused passages marked (<see cref="ReuseMarks"/>), plus where each answer sits in its
/// reply, so that a page can link an answer to its segment.
/// </summary>
internal sealed class CampaignData
{
    private readonly Dictionary<(string DocumentId, string Text), int> _ordinals;

    private CampaignData(CampaignComparison comparison, Dictionary<(string, string), int> ordinals)
    {
        Comparison = comparison;
        _ordinals = ordinals;
    }

    public CampaignComparison Comparison { get; }

    public static CampaignData Load(SegmentIndex index, Campaign campaign)
    {
        var documents = index.ListDocuments(campaign.Id);
        var segments = index.ReadSegments(campaign.Id);
        var ordinals = new Dictionary<(string, string), int>();
        foreach (var segment in segments)
        {
            ordinals.TryAdd((segment.DocumentId, segment.AnswerText), segment.Ordinal);
        }

        var comparison = ComparisonBuilder.Build(campaign, documents, segments, DateTimeOffset.UtcNow, index.ListFailures(campaign.Id), CorrectionStore.Load(index.Path, campaign.Id));
        return new CampaignData(ReuseMarks.Apply(comparison, index.Path), ordinals);
    }

    /// <summary>The position of the answer's segment in its reply; null if the index no longer holds it.</summary>
    public int? OrdinalOf(AnswerExcerpt answer) =>
        _ordinals.TryGetValue((answer.DocumentId, answer.Text), out var ordinal) ? ordinal : null;
}
