using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting.Changes;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// The main job over a whole archive (<c>pipeline run --all</c>): every campaign's replies ingested into one index and
/// its comparison and report written, as <see cref="RunJob"/> does for one; each campaign's reference documents added;
/// then the cross-campaign outputs — what changed between each campaign and the earlier one its questions repeat
/// (<c>same_as</c>), as HTML and XLSX, and the reused text of the whole archive as HTML.
/// </summary>
public sealed class ArchiveRunJob(RunJob run)
{
    public static ArchiveRunJob CreateDefault() => new(RunJob.CreateDefault());

    /// <param name="campaigns">The archive's campaigns (each with its replies folder).</param>
    /// <param name="outputFolder">Where every output goes.</param>
    /// <param name="options">Ingest options; the index folder is the archive's.</param>
    /// <param name="observer">Progress of each ingest.</param>
    /// <param name="cancellationToken">Stops the work between files.</param>
    public ArchiveRunSummary Run(IReadOnlyList<Campaign> campaigns, string outputFolder, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(options);
        var summaries = ImmutableArray.CreateBuilder<RunSummary>();
        foreach (var campaign in campaigns)
        {
            summaries.Add(run.Run(campaign, outputFolder, options, observer, cancellationToken));
        }

        var archive = ArchiveIndex.Open(options.IndexDirectory);
        foreach (var campaign in campaigns)
        {
            ReferenceIngest.AddBundled(archive, campaign);
        }

        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var (from, to) in Linked(archive))
        {
            var changes = ChangesBuilder.Build(archive, from, to);
            var stem = Path.Combine(outputFolder, $"{from.Id}-to-{to.Id}-changes");
            RunJob.WriteAtomically(stem + ".html", stream => ChangesHtml.Render(changes, stream));
            RunJob.WriteAtomically(stem + ".xlsx", stream => ChangesXlsx.Render(changes, stream));
            written.Add(stem + ".html");
            written.Add(stem + ".xlsx");
        }

        var reuse = Path.Combine(outputFolder, "archive-reuse.html");
        RunJob.WriteAtomically(reuse, stream => ReuseHtml.Render(ReuseFinder.Find(archive), stream));
        written.Add(reuse);
        return new ArchiveRunSummary(summaries.ToImmutable(), written.ToImmutable());
    }

    /// <summary>Each campaign paired with the earlier campaign its questions repeat (<c>same_as</c>), both in the archive.</summary>
    private static IEnumerable<(Campaign From, Campaign To)> Linked(ArchiveIndex archive) =>
        archive.Campaigns.SelectMany(later => later.Questions
            .Where(q => q.SameAs is not null)
            .Select(q => q.SameAs!.Value.CampaignId)
            .Distinct(StringComparer.Ordinal)
            .Select(id => archive.Find(id, out _))
            .Where(earlier => earlier is not null && earlier.Id != later.Id)
            .Select(earlier => (earlier!, later)));
}
