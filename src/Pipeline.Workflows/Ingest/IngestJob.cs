using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;
using Pipeline.Core.Segments;
using Pipeline.Extraction;
using Pipeline.Search;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Batch;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Ingest;

/// <summary>
/// Extract → segment → classify → index for every reply file under some folders, in parallel. Incremental (a file
/// whose content hash is indexed already, processed the same way (<see cref="ProcessingStamp"/>), is skipped), crash-safe (a reply's segments are written with its record, and
/// commits are atomic), and one failed file never stops the batch: failures are listed and written to a report file.
/// </summary>
public sealed class IngestJob(ReplySegmentation segmentation)
{
    public const string ReportFileName = "ingest-report.json";

    public static IngestJob CreateDefault() => new(ReplySegmentation.CreateDefault());

    public IngestSummary Run(Campaign campaign, IReadOnlyList<string> folders, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var files = folders.SelectMany(DocumentExtractor.FindFiles).Select(Path.GetFullPath).Distinct().ToList();
        var manifest = options.ManifestPath is { } manifestPath ? ReplyManifest.Load(manifestPath) : null;
        var modelPath = TopicModelPaths.Resolve(options.ModelPath);
        var classifier = new SegmentClassifier(TopicModel.Load(modelPath));
        var stamp = ProcessingStamp.For(campaign, modelPath, options);
        var index = IndexLocation.Resolve(options.IndexDirectory);
        observer?.Started(files.Count);

        using var writer = SegmentIndexWriter.Open(index);
        var work = new FileIngest(campaign, segmentation, classifier, writer, manifest, options, stamp);
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
        writer.Commit();
        CampaignStore.Save(index, campaign);

        var summary = new IngestSummary(campaign.Id, index, results, [.. manifest?.Missing(files) ?? []], pruned, clock.Elapsed);
        return summary with { ReportPath = WriteReport(index, summary) };
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

    /// <summary>Writes the run's failures (and what the manifest lacked) beside the index; null when there are none.</summary>
    private static string? WriteReport(string index, IngestSummary summary)
    {
        var path = Path.Combine(Path.GetDirectoryName(index.TrimEnd(Path.DirectorySeparatorChar))!, ReportFileName);
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

    private sealed record IndexedOutcome(SegmentedReply Classified, IndexOutcome Outcome);

    /// <summary>One file's way through the stages; thread-safe.</summary>
    private sealed class FileIngest(Campaign campaign, ReplySegmentation segmentation, SegmentClassifier classifier, SegmentIndexWriter writer, ReplyManifest? manifest, IngestOptions options, string stamp)
    {
        public IngestedFile Ingest(string file, CancellationToken cancellationToken)
        {
            string hash;
            try
            {
                using var stream = File.OpenRead(file);
                hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new IngestedFile(file, IngestAction.Failed, null, 0, 0, new PipelineError(ErrorCode.IoError, $"{file}: {ex.Message}"));
            }

            if (writer.IsCurrent(campaign.Id, file, hash, stamp))
            {
                return new IngestedFile(file, IngestAction.Unchanged, writer.Documents.FirstOrDefault(d => d.SourcePath == file && d.CampaignId == campaign.Id)?.Company, 0, 0, null);
            }

            var request = new ReplyRequest { Attribution = FromManifest(file), Extraction = options.Extraction };
            var segmented = segmentation.Run(file, campaign, request, cancellationToken);
            if (segmented.Reply is not { } reply)
            {
                return new IngestedFile(file, IngestAction.Failed, null, 0, 0, segmented.Error);
            }

            if (TryIndex(file, reply, out var failure) is not { } main)
            {
                return new IngestedFile(file, IngestAction.Failed, reply.Company.Name, 0, 0, failure);
            }

            var pages = main.Classified.Document.Pages;
            var segments = main.Classified.Segments.Length;
            var warnings = main.Classified.Document.Warnings.IsDefault ? [] : main.Classified.Document.Warnings.ToList();
            var attachments = ImmutableArray.CreateBuilder<string>();
            foreach (var attachment in segmented.Attachments)
            {
                var error = attachment.Error;
                var attached = attachment.Reply is { } attachedReply ? TryIndex(attachment.Path, attachedReply, out error) : null;
                if (attached is null)
                {
                    warnings.Add(Diagnostic.Warning("ingest.attachment-failed", $"attachment {Path.GetFileName(attachment.Path)} not indexed: {error}"));
                    continue;
                }

                attachments.Add(attachment.Path);
                pages += attached.Classified.Document.Pages;
                segments += attached.Classified.Segments.Length;
            }

            RemoveAttachmentsNoLongerIn(file, attachments);
            return new IngestedFile(
                file,
                main.Outcome == IndexOutcome.Replaced ? IngestAction.Replaced : IngestAction.Added,
                main.Classified.Company.Name,
                pages,
                segments,
                null)
            {
                CompanyListed = main.Classified.Company.Listed,
                Warnings = [.. warnings],
                Attachments = attachments.ToImmutable(),
            };
        }

        /// <summary>Classifies and indexes one reply (a file, or an e-mail's attachment); null, with the error, when a defect stops it.</summary>
        private IndexedOutcome? TryIndex(string path, SegmentedReply reply, out PipelineError? error)
        {
            error = null;
            try
            {
                var classified = classifier.Classify(reply, campaign);
                var company = CompanyOf(classified.Company);
                var indexed = IndexedReply.From(classified, question => StatusOf(company, question, classified));
                return new IndexedOutcome(classified, writer.Index(indexed with { Document = indexed.Document with { Processing = stamp } }));
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or PipelineException))
            {
                // The reply's block is written whole or not at all, so nothing of it is left half-indexed.
                error = StageFailure.Of(path, "classification or indexing", ex);
                return null;
            }
        }

        /// <summary>An e-mail read again may carry fewer attachments than before: the ones it no longer has leave the index.</summary>
        private void RemoveAttachmentsNoLongerIn(string file, ImmutableArray<string>.Builder kept)
        {
            var stale = writer.Documents
                .Where(d => d.CampaignId == campaign.Id && d.SourcePath.StartsWith(file + "#", StringComparison.Ordinal) && !kept.Contains(d.SourcePath))
                .Select(d => d.SourcePath)
                .ToList();
            stale.ForEach(path => writer.Remove(campaign.Id, path));
        }

        private CompanyAttribution? FromManifest(string file)
        {
            if (manifest?.Find(file) is not { } entry)
            {
                return null;
            }

            var listed = campaign.FindCompany(entry.Company);
            return new CompanyAttribution(listed?.Name ?? entry.Company, AttributionSource.Manifest, listed is not null);
        }

        private Company? CompanyOf(CompanyAttribution attribution) =>
            attribution.Name is not { } name ? null : campaign.FindCompany(name) ?? new Company(name, [], null, ResponseStatus.Responded);

        private AnswerStatus? StatusOf(Company? company, QuestionId question, SegmentedReply reply) =>
            company is null || campaign.FindQuestion(question) is not { } q
                ? null
                : AnswerStatusRules.Decide(company, q, reply.Segments, hasReply: true);
    }
}
