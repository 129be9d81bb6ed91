using Pipeline.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Extraction;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Ingest;

/// <summary>
/// The whole of ../shared/real-docs (PDF and Word files from public test suites: damaged, encrypted, Arabic, scanned,
/// hundreds of pages) ingested as one batch, as a researcher's folder of replies would be: every file is either indexed
/// or fails with a typed error naming it, and no file's defect ends the batch.
/// </summary>
public sealed class RealDocsIngestTests : IDisposable
{
    private static readonly string[] ExpectedFailureCodes = ["damaged", "empty-file", "encrypted", "truncated", "wrong-format"];
    private readonly string _index = Directory.CreateTempSubdirectory("pipeline-real-docs-index-").FullName;

    public void Dispose() => Directory.Delete(_index, recursive: true);

    [RealDocsFact]
    public void Ingest_EveryRealWorldFile_IsIndexedOrFailsWithATypedError()
    {
        // Given the real-world PDF and Word files, and the real campaign
        var folders = new[] { Path.Combine(RepoPaths.RealDocs!, "pdf"), Path.Combine(RepoPaths.RealDocs!, "docx") };
        var files = folders.SelectMany(DocumentExtractor.FindFiles).ToList();
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "mena-surveillance-2022", "campaign.yaml"));

        // When they are ingested as one batch
        var summary = IngestJob.CreateDefault().Run(campaign, folders, new IngestOptions { IndexDirectory = _index, Jobs = 2 });

        // Then every file has an outcome: added, or failed with one of the input-error codes and its path in the message
        Assert.Equal(files.Count, summary.Files.Length);
        Assert.Equal(files.Count, summary.Added + summary.Failed);
        var failures = summary.Files.Where(f => f.Error is not null).ToList();
        Assert.All(failures, f => Assert.Contains(f.Error!.Code.ToKebabCase(), ExpectedFailureCodes));
        Assert.All(failures, f => Assert.Contains(Path.GetFileName(f.Path), f.Error!.Message, StringComparison.Ordinal));
        Assert.InRange(summary.Failed, 1, files.Count / 4);

        // And the index holds exactly the added replies with their segments
        using var index = SegmentIndex.Open(_index);
        Assert.Equal(summary.Added, index.ListDocuments(campaign.Id).Count);
        Assert.Equal(summary.Segments, index.SegmentCount);
    }
}
