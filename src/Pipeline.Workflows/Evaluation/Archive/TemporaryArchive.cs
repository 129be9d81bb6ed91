using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>Campaigns ingested, each with its replies, into an index of their own in a temporary folder, removed on dispose: what an archive evaluation runs on.</summary>
public sealed class TemporaryArchive : IDisposable
{
    private TemporaryArchive(string folder, ArchiveIndex index) => (Folder, Index) = (folder, index);

    public string Folder { get; }

    public ArchiveIndex Index { get; }

    /// <param name="campaignFiles">The campaign files, each with its replies folder.</param>
    /// <param name="cancellationToken">Stops the ingest.</param>
    /// <exception cref="PipelineException">A campaign file is invalid, or a reply failed (the evaluation would be of a partial archive).</exception>
    public static TemporaryArchive Ingest(IReadOnlyList<string> campaignFiles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignFiles);
        var folder = Directory.CreateTempSubdirectory("pipeline-archive-eval-").FullName;
        try
        {
            foreach (var file in campaignFiles)
            {
                var campaign = CampaignLoader.Load(file);
                var summary = IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = folder }, cancellationToken: cancellationToken);
                if (summary.Failed > 0)
                {
                    throw new PipelineException(ErrorCode.InvalidInput, file, $"{summary.Failed} of its replies could not be ingested; run `pipeline ingest` on it to see why");
                }
            }

            return new TemporaryArchive(folder, ArchiveIndex.Open(folder));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The ingested campaign loaded from <paramref name="campaignFile"/>.</summary>
    public Campaign Campaign(string campaignFile)
    {
        var id = CampaignLoader.Load(campaignFile).Id;
        return Index.Find(id, out _)!;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
