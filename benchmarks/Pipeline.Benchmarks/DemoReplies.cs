using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Extraction;
using Pipeline.Workflows;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Benchmarks;

/// <summary>The demo campaign's replies (corpus/campaigns/demo), extracted and segmented as ingest does it, not yet classified.</summary>
public sealed record DemoReplies(Campaign Campaign, IReadOnlyList<SegmentedReply> Replies)
{
    public int Passages => Replies.Sum(r => r.Segments.Sum(s => s.Passages.Length));

    public static DemoReplies Load()
    {
        var campaign = CampaignLoader.Load(Path.Combine(RepositoryPaths.Root, "corpus", "campaigns", "demo", "campaign.yaml"));
        var segmentation = ReplySegmentation.Unclassified();
        var replies = DocumentExtractor.FindFiles(CampaignPaths.Replies(campaign))
            .Select(file => segmentation.Run(file, campaign).Reply ?? throw new InvalidOperationException($"{file} could not be segmented"))
            .ToList();
        return new DemoReplies(campaign, replies);
    }
}
