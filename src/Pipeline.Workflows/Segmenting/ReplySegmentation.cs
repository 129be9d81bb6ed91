using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
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
            return new SegmentedFile(path, segmenter.Segment(document, campaign, attribution ?? CompanyAttributor.Attribute(document, campaign, fallbackCompany)), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in segmentation fails this file only, named and explained, never the batch.
            return new SegmentedFile(path, null, StageFailure.Of(path, "segmentation", ex));
        }
    }
}
