using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Search.Schema;

namespace Pipeline.SearchBenchmarks;

/// <summary>Turns a campaign's indexed segments (what <c>pipeline ingest</c> wrote) into seed segments for the generator.</summary>
internal static class SeedExport
{
    /// <summary>Every segment of <paramref name="campaignId"/> in <paramref name="indexFolder"/>, in <see cref="SegmentIndex.ReadSegments"/> order.</summary>
    public static List<SeedSegment> Read(string indexFolder, string campaignId)
    {
        using var index = SegmentIndex.Open(indexFolder);
        return [.. index.ReadSegments(campaignId).Select(ToSeed)];
    }

    private static SeedSegment ToSeed(IndexedSegment segment) =>
        new(segment.Company ?? "Unknown", [.. segment.Questions.Select(q => q.Value)], (segment.Topic ?? Topic.Other).ToLabel(), segment.Text)
        {
            Campaign = segment.CampaignId,
            File = segment.FileName,
            Status = segment.Status is { } status ? SnakeCaseLabels.ToLabel(status) : null,
            Page = segment.Pages.IsDefaultOrEmpty ? 0 : segment.Pages[0],
            Language = segment.Language,
        };
}
