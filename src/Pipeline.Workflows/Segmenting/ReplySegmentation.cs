using System.Collections.Immutable;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Extraction;
using Pipeline.Segmentation;
using Pipeline.Segmentation.Attribution;

namespace Pipeline.Workflows.Segmenting;

/// <summary>
/// Reads a reply into its answers: extracts it, attributes it to a company, splits it into segments, then classifies
/// them — every passage labelled with a topic, and general prose routed to the question expecting its topic
/// (<see cref="SegmentMethod.Topic"/>). This is the one path from a file to its segments: <c>pipeline segment</c>,
/// ingest and the segmentation evaluation all go through it, so what <c>segment</c> shows is what the index holds.
/// Never throws for a bad file. Thread-safe.
/// </summary>
/// <param name="extractor">Reads the file.</param>
/// <param name="segmenter">Splits it into answers.</param>
/// <param name="classifier">Labels and routes; null only to look at segmentation alone (benchmarks of the classifier need its input).</param>
public sealed class ReplySegmentation(DocumentExtractor extractor, ReplySegmenter segmenter, SegmentClassifier? classifier)
{
    /// <summary>The full path with the topic model at <paramref name="modelPath"/> (the bundled model when null).</summary>
    /// <exception cref="Core.Errors.PipelineException">The model cannot be loaded.</exception>
    public static ReplySegmentation CreateDefault(string? modelPath = null) =>
        new(DocumentExtractor.CreateDefault(), new ReplySegmenter(), SegmentClassifier.ForModel(TopicModelPaths.Resolve(modelPath)));

    /// <summary>Extraction and segmentation without classification: passages carry no topic and prose stays general.</summary>
    /// <param name="options">Segmentation's thresholds and calibration (<see cref="SegmentationOptions.Default"/> when null).</param>
    public static ReplySegmentation Unclassified(SegmentationOptions? options = null) => new(DocumentExtractor.CreateDefault(), new ReplySegmenter(options), null);

    /// <summary>True when replies are classified and routed (the path ingest takes).</summary>
    public bool Classifies => classifier is not null;

    /// <summary>The same extraction and segmentation, classified by <paramref name="other"/>.</summary>
    public ReplySegmentation WithClassifier(SegmentClassifier other) => new(extractor, segmenter, other);

    /// <param name="path">The reply file.</param>
    /// <param name="campaign">The campaign it answers.</param>
    /// <param name="company">The company to use when neither the file name nor the letter names one.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public SegmentedFile Run(string path, Campaign campaign, string? company = null, CancellationToken cancellationToken = default) =>
        Run(path, campaign, new ReplyRequest { FallbackCompany = company }, cancellationToken);

    public SegmentedFile Run(string path, Campaign campaign, ReplyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var extraction = extractor.ExtractFile(path, request.Extraction ?? ExtractionOptions.Default, cancellationToken);
        if (extraction.Document is not { } document)
        {
            return new SegmentedFile(path, null, extraction.Error);
        }

        var segmented = Segment(path, document, campaign, request.Attribution, request.FallbackCompany);
        if (segmented.Reply is not { } reply || document.Attachments.IsDefaultOrEmpty)
        {
            return segmented;
        }

        // An e-mail's attachments speak for the company the e-mail is from; only when that is unknown do their own
        // names and letterheads decide.
        var attribution = reply.Company.Name is null ? null : reply.Company;
        return segmented with
        {
            Attachments = [.. Flatten(document.Attachments).Select(a => a.Document is { } attached
                ? Segment(a.Source, attached, campaign, attribution, request.FallbackCompany)
                : new SegmentedFile(a.Source, null, a.Error))],
        };
    }

    private static IEnumerable<ExtractionResult> Flatten(ImmutableArray<ExtractionResult> attachments) =>
        attachments.SelectMany(a => a.Document is { Attachments.IsDefaultOrEmpty: false } inner ? Flatten(inner.Attachments).Prepend(a) : [a]);

    private SegmentedFile Segment(string path, ExtractedDocument document, Campaign campaign, CompanyAttribution? attribution, string? fallbackCompany)
    {
        try
        {
            var reply = segmenter.Segment(document, campaign, attribution ?? CompanyAttributor.Attribute(document, campaign, fallbackCompany));
            return new SegmentedFile(path, classifier is null ? reply : classifier.Classify(reply, campaign), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in segmentation or classification fails this file only, named and explained, never the batch.
            return new SegmentedFile(path, null, StageFailure.Of(path, classifier is null ? "segmentation" : "segmentation or classification", ex));
        }
    }
}
