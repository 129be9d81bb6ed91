using Pipeline.Core.Campaigns;
using Pipeline.Extraction;
using Pipeline.Segmentation;
using Pipeline.Segmentation.Attribution;

namespace Pipeline.Workflows.Segmenting;

/// <summary>Extracts a reply, attributes it to a company and splits it into answers. Never throws for a bad file. Thread-safe.</summary>
public sealed class ReplySegmentation(DocumentExtractor extractor, ReplySegmenter segmenter)
{
    public static ReplySegmentation CreateDefault() => new(DocumentExtractor.CreateDefault(), new ReplySegmenter());

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

        try
        {
            var attribution = request.Attribution ?? CompanyAttributor.Attribute(document, campaign, request.FallbackCompany);
            return new SegmentedFile(path, segmenter.Segment(document, campaign, attribution), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in segmentation fails this file only, named and explained, never the batch.
            return new SegmentedFile(path, null, StageFailure.Of(path, "segmentation", ex));
        }
    }
}
