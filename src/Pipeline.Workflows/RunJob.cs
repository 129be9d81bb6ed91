using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting;
using Pipeline.Reporting.Report;
using Pipeline.Reporting.Selection;
using Pipeline.Search;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows;

/// <summary>
/// The main job: ingest a campaign's replies folder, then write the comparison as CSV, XLSX and HTML and the
/// campaign report into an output folder.
/// </summary>
public sealed class RunJob(IngestJob ingest)
{
    public static RunJob CreateDefault() => new(IngestJob.CreateDefault());

    public RunSummary Run(Campaign campaign, string outputFolder, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var replies = CampaignPaths.Replies(campaign);
        var summary = ingest.Run(campaign, [replies], options, observer, cancellationToken);

        Directory.CreateDirectory(outputFolder);
        using var index = SegmentIndex.Open(IndexLocation.Resolve(options.IndexDirectory));
        var comparison = ComparisonBuilder.Build(index, campaign);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var format in new[] { ComparisonFormat.Csv, ComparisonFormat.Xlsx, ComparisonFormat.Html })
        {
            var path = Path.Combine(outputFolder, $"{campaign.Id}-compare.{format.ToString().ToLowerInvariant()}");
            WriteAtomically(path, stream => ComparisonRenderers.For(format).Render(ComparisonSelector.Select(comparison), stream));
            written.Add(path);
        }

        var report = Path.Combine(outputFolder, $"{campaign.Id}-report.html");
        var marked = Archive.ReuseMarks.Apply(comparison, index.Path);
        WriteAtomically(report, stream => new CampaignReportRenderer().Render(marked, stream));
        written.Add(report);
        return new RunSummary(summary, written.ToImmutable());
    }

    /// <summary>Writes through a temporary file so that a file a researcher has open is never left half-written; when writing fails, the temporary file is removed too.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + ".part";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write already failed; that failure is the one to report.
        }
    }
}
