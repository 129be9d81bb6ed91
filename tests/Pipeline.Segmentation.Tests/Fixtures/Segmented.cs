using Pipeline.Core.Documents;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation.Tests.Fixtures;

internal static class Segmented
{
    private static readonly ReplySegmenter Segmenter = new();

    public static SegmentedReply Run(ExtractedDocument document) =>
        Segmenter.Segment(document, Questionnaire.Mena, new CompanyAttribution("Thales Group", AttributionSource.FileName, true));

    /// <summary>The question ids of the segment holding the passage that starts with <paramref name="start"/>, e.g. "2b,2c" or "general".</summary>
    public static string QuestionsOf(this SegmentedReply reply, string start)
    {
        var segment = reply.Segments.Single(s => s.Passages.Any(p => p.Text.StartsWith(start, StringComparison.Ordinal)));
        return string.Join(",", segment.Questions.Select(q => q.Value));
    }

    public static Segment SegmentOf(this SegmentedReply reply, string start) =>
        reply.Segments.Single(s => s.Passages.Any(p => p.Text.StartsWith(start, StringComparison.Ordinal)));
}
