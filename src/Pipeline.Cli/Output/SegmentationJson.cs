using Pipeline.Core.Campaigns;
using Pipeline.Core.Review;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Cli.Output;

/// <summary>The JSON shape of one segmented reply: <c>{"source","document","company","companyListed","attribution","segments","error"}</c>, and <c>"attachments"</c> (the same shape each) for an e-mail carrying PDF or Word files.</summary>
internal sealed record SegmentationJson(
    string Source,
    ExtractionJson.DocumentJson? Document,
    string? Company,
    bool CompanyListed,
    AttributionSource? Attribution,
    IReadOnlyList<SegmentationJson.SegmentJson> Segments,
    ExtractionJson.ErrorJson? Error)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SegmentationJson>? Attachments { get; init; }

    public static SegmentationJson From(SegmentedFile file)
    {
        if (file.Reply is not { } reply)
        {
            return new SegmentationJson(file.Path, null, null, false, null, [], file.Error is { } e ? new ExtractionJson.ErrorJson(e.Code, e.Message) : null);
        }

        return new SegmentationJson(
            file.Path,
            ExtractionJson.Describe(reply.Document),
            reply.Company.Name,
            reply.Company.Listed,
            reply.Company.Source,
            [.. reply.Segments.Select(SegmentJson.From)],
            null)
        {
            Attachments = file.Attachments.IsDefaultOrEmpty ? null : [.. file.Attachments.Select(From)],
        };
    }

    /// <summary>
    /// A segment as ingest indexes it: questions, method (<c>topic</c> where routing decided), topics, and its paragraphs'
    /// blocks with their roles (<c>answer</c>, or structure: <c>label</c>, <c>question</c>).
    /// </summary>
    internal sealed record SegmentJson(
        IReadOnlyList<QuestionId> Questions,
        string Text,
        IReadOnlyList<int> Pages,
        SegmentMethod Method,
        double Confidence,
        Topic? Topic,
        double TopicScore,
        IReadOnlyList<Topic> Topics,
        IReadOnlyList<int> Blocks,
        IReadOnlyList<PassageRole> Roles,
        bool NeedsReview,
        IReadOnlyList<ReviewReason> ReviewReasons)
    {
        public static SegmentJson From(Segment segment) => new(
            segment.Questions,
            segment.Text,
            segment.Pages,
            segment.Method,
            segment.Confidence,
            segment.Topic,
            segment.TopicScore,
            segment.Topics.IsDefault ? [] : segment.Topics,
            [.. segment.Passages.Select(p => p.BlockIndex)],
            [.. segment.Passages.Select(p => p.Role)],
            segment.NeedsReview,
            segment.ReviewReasons);
    }
}
