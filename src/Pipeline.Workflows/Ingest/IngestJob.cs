using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Json;
using Pipeline.Extraction;
using Pipeline.Search;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Batch;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Ingest;

/// <summary>
/// Extract → segment → classify → index for every reply file under some folders, in parallel. Incremental (a file
/// whose content hash is indexed already, processed the same way (<see cref="ProcessingStamp"/>), is skipped), crash-safe (a reply's segments are written with its record, and
/// commits are atomic), and one failed file never stops the batch: failures are listed and written to a report file.
/// </summary>
/// <param name="segmentation">How a reply is read; ingest classifies it with the model <see cref="IngestOptions.ModelPath"/> names.</param>
public sealed class IngestJob(ReplySegmentation segmentation)
{
    public const string ReportFileName = "ingest-report.json";

    public static IngestJob CreateDefault() => new(ReplySegmentation.Unclassified());

    /// <summary>Loads the topic model from its path: <see cref="TopicModel.Load"/>, replaced by tests that count the loads.</summary>
    internal Func<string, TopicModel> LoadModel { get; init; } = TopicModel.Load;

    public IngestSummary Run(Campaign campaign, IReadOnlyList<string> folders, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var files = folders.SelectMany(DocumentExtractor.FindFiles).Select(Path.GetFullPath).Distinct().ToList();
        var manifest = options.ManifestPath is { } manifestPath ? ReplyManifest.Load(manifestPath) : null;
        var modelPath = TopicModelPaths.Resolve(options.ModelPath);
        var stamp = ProcessingStamp.For(campaign, modelPath, options);
        var index = IndexLocation.Resolve(options.IndexDirectory);
        observer?.Started(files.Count);

        using var writer = SegmentIndexWriter.Open(index);
        var corrections = new CorrectionSet(campaign, CorrectionFile.Load(options.CorrectionsPath ?? CorrectionFile.PathFor(campaign)));
        // The models (~1 s and ~400 MB with the sentence model) are loaded by the first file that needs them, so a run
        // that finds every file current costs a hash per file and a lookup.
        var classified = new Lazy<ReplySegmentation>(() => segmentation.WithClassifier(SegmentClassifier.ForModel(modelPath, LoadModel)), LazyThreadSafetyMode.ExecutionAndPublication);
        var work = new FileIngest(campaign, classified, writer, manifest, options, stamp, corrections);
        var outcomes = ParallelBatch.Start(files, options.Jobs, file =>
        {
            var outcome = work.Ingest(file, cancellationToken);
            observer?.Completed(outcome);
            return outcome;
        }, ParallelBatch.FileSize, cancellationToken);
        var results = outcomes.Select(t => t.GetAwaiter().GetResult()).ToImmutableArray();

        var present = files.ToHashSet(StringComparer.Ordinal);
        var pruned = options.Prune
            ? writer.Prune(campaign.Id, path => !IsPresent(path, present)).Select(d => d.SourcePath).ToImmutableArray()
            : [];
        ForgetFailuresOfFilesGone(writer, campaign.Id);
        writer.Commit();
        CampaignStore.Save(index, campaign);
        CorrectionStore.Save(index, campaign.Id, corrections.All);
        if (campaign.FilePath is { } campaignFile)
        {
            CampaignSource.Save(index, campaign.Id, campaignFile, options.ManifestPath);
        }

        var summary = new IngestSummary(campaign.Id, index, results, [.. manifest?.Missing(files) ?? []], pruned, clock.Elapsed);
        return summary with { ReportPath = WriteReport(index, summary) };
    }

    /// <summary>
    /// A failure says a reply exists that could not be read; once its file is gone from disk (deleted, or replaced by a
    /// good copy under another name) nothing is missing any more, with or without --prune.
    /// </summary>
    private static void ForgetFailuresOfFilesGone(SegmentIndexWriter writer, string campaignId)
    {
        foreach (var failure in writer.Failures.Where(f => f.CampaignId == campaignId && !Exists(f.SourcePath)))
        {
            writer.ClearFailure(failure.CampaignId, failure.SourcePath);
        }

        static bool Exists(string source) =>
            File.Exists(source) || (source.IndexOf('#', StringComparison.Ordinal) is var hash and > 0 && File.Exists(source[..hash]));
    }

    /// <summary>Whether an indexed source is among the files: itself, or for an attachment ("message.eml#file.pdf") its message.</summary>
    private static bool IsPresent(string source, HashSet<string> files)
    {
        for (var end = source.Length; end > 0; end = source.LastIndexOf('#', end - 1))
        {
            if (files.Contains(source[..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the run's failures (and what the manifest lacked) inside the index folder, so that two indexes in one
    /// folder keep a report each; null, and an earlier report removed, when there are none.
    /// </summary>
    private static string? WriteReport(string index, IngestSummary summary)
    {
        var path = Path.Combine(index, ReportFileName);
        if (summary.Failed == 0 && summary.MissingFromManifest.IsEmpty)
        {
            File.Delete(path);
            return null;
        }

        var report = new
        {
            campaign = summary.CampaignId,
            finishedAt = DateTimeOffset.UtcNow,
            failures = summary.Files.Where(f => f.Error is not null).Select(f => new { file = f.Path, code = f.Error!.Code, message = f.Error.Message }),
            missingFromManifest = summary.MissingFromManifest,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report, PipelineJson.Indented));
        return path;
    }
}
