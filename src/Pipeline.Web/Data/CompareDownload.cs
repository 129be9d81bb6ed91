using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Data;

/// <summary>A whole view to download (CSV, XLSX, JSON, HTML): read company by company from the snapshot as <c>pipeline compare</c> reads it, every page of it.</summary>
internal static class CompareDownload
{
    /// <param name="index">The snapshot, open while the view is rendered.</param>
    /// <param name="campaign">The campaign.</param>
    /// <param name="options">The selection, checked already.</param>
    /// <param name="statuses">Keep the companies with one of these in one of the questions; empty keeps them all.</param>
    /// <param name="format">What is rendered: the workbook reads the commitments ledger too.</param>
    public static ComparisonView View(SegmentIndex index, Campaign campaign, CompareOptions options, ImmutableArray<AnswerStatus> statuses, ComparisonFormat format)
    {
        var parts = new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.For(format));
        var view = ComparisonSelector.Select(parts, options);
        return statuses.IsEmpty
            ? view
            : new ComparisonView(parts.Outline, view.By, CompareSource.For(index, campaign).Summary.WithStatus(view.Companies, view.Questions, statuses), view.Questions, view.Topics, parts);
    }

    /// <summary>The media type of <paramref name="format"/>.</summary>
    public static string ContentType(ComparisonFormat format) => format switch
    {
        ComparisonFormat.Csv => "text/csv; charset=utf-8",
        ComparisonFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ComparisonFormat.Json => "application/json; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
}
