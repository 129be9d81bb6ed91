using System.Collections.Immutable;
using System.Security.Cryptography;
using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;
using Pipeline.Embeddings;
using Pipeline.Search.Indexing;
using Pipeline.Segmentation.Attribution;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Ingest;

internal sealed record IndexedOutcome(SegmentedReply Classified, IndexOutcome Outcome);

/// <summary>
/// One file's way through the stages for <see cref="IngestJob"/>: skip if current, read it into classified answers
/// (<see cref="ReplySegmentation"/>, the path <c>pipeline segment</c> shows), index it (an e-mail's attachments too); thread-safe.
/// </summary>
/// <param name="segmentation">Built on first use: a run where no file changed never loads the topic model or the sentence model.</param>
internal sealed class FileIngest(Campaign campaign, Lazy<ReplySegmentation> segmentation, SegmentIndexWriter writer, ReplyManifest? manifest, IngestOptions options, string campaignStamp, CorrectionSet corrections)
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
            return Failed(file, CompanyOfUnread(file), new PipelineError(ErrorCode.IoError, $"{file}: {ex.Message}"));
        }

        // The reply's corrections are part of how it is processed: a new or undone one re-processes this reply only.
        var stamp = campaignStamp + corrections.StampFor(Path.GetFileName(file));
        if (writer.IsCurrent(campaign.Id, file, hash, stamp))
        {
            // A file changed, failed, then changed back: its failure is history.
            writer.ClearFailure(campaign.Id, file);
            return new IngestedFile(file, IngestAction.Unchanged, writer.Find(campaign.Id, file)?.Company, 0, 0, null);
        }

        var request = new ReplyRequest { Attribution = corrections.CompanyOf(Path.GetFileName(file)) ?? FromManifest(file), Extraction = options.Extraction };
        var segmented = segmentation.Value.Run(file, campaign, request, cancellationToken);
        if (segmented.Reply is not { } reply)
        {
            return Failed(file, CompanyOfUnread(file), segmented.Error!);
        }

        if (TryIndex(file, reply, stamp, out var failure) is not { } main)
        {
            return Failed(file, reply.Company.Name, failure!);
        }

        var pages = main.Classified.Document.Pages;
        var segments = main.Classified.Segments.Length;
        var warnings = main.Classified.Document.Warnings.IsDefault ? [] : main.Classified.Document.Warnings.ToList();
        var attachments = ImmutableArray.CreateBuilder<string>();
        var kept = ImmutableArray.CreateBuilder<string>();
        foreach (var attachment in segmented.Attachments)
        {
            var error = attachment.Error;
            var attached = attachment.Reply is { } attachedReply ? TryIndex(attachment.Path, attachedReply, stamp, out error) : null;
            if (attached is null)
            {
                // The attachment speaks for the message's company: its failure is a reply of that company missing.
                Record(attachment.Path, main.Classified.Company.Name, error!);
                kept.Add(attachment.Path);
                warnings.Add(Diagnostic.Warning("ingest.attachment-failed", $"attachment {Path.GetFileName(attachment.Path)} not indexed: {error}"));
                continue;
            }

            attachments.Add(attachment.Path);
            kept.Add(attachment.Path);
            pages += attached.Classified.Document.Pages;
            segments += attached.Classified.Segments.Length;
        }

        if (main.Classified.Document.Format == SourceFormat.Eml)
        {
            // Only a message carries attachments; sparing every other file the scan of the whole index keeps ingest linear.
            RemoveAttachmentsNoLongerIn(file, kept);
        }
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

    /// <summary>Indexes one classified reply (a file, or an e-mail's attachment); null, with the error, when a defect stops it.</summary>
    private IndexedOutcome? TryIndex(string path, SegmentedReply machine, string stamp, out PipelineError? error)
    {
        error = null;
        try
        {
            // The researchers' corrections come after the machine's analysis, whatever model or campaign produced it.
            var classified = CorrectionApplier.Apply(machine, corrections.PassagesOf(machine.Document.FileName));
            var company = CompanyOf(classified.Company);
            // The shared encoder remembers the paragraphs classification just encoded: indexing their vectors costs no second pass.
            var indexed = IndexedReply.From(classified, question => StatusOf(company, question, classified), encoder: SentenceEncoders.Shared);
            return new IndexedOutcome(classified, writer.Index(indexed with { Document = indexed.Document with { Processing = stamp } }));
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or PipelineException))
        {
            // The reply's block is written whole or not at all, so nothing of it is left half-indexed.
            error = StageFailure.Of(path, "indexing", ex);
            return null;
        }
    }

    /// <summary>An e-mail read again may carry fewer attachments than before: the ones it no longer has leave the index, and so do their failures.</summary>
    private void RemoveAttachmentsNoLongerIn(string file, ImmutableArray<string>.Builder kept)
    {
        var stale = writer.Documents.Select(d => (d.CampaignId, d.SourcePath))
            .Concat(writer.Failures.Select(f => (f.CampaignId, f.SourcePath)))
            .Where(d => d.CampaignId == campaign.Id && d.SourcePath.StartsWith(file + "#", StringComparison.Ordinal) && !kept.Contains(d.SourcePath))
            .Select(d => d.SourcePath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        stale.ForEach(path => writer.Remove(campaign.Id, path));
    }

    /// <summary>The outcome of a file that failed, its failure recorded in the index so that compare and report know the reply is missing.</summary>
    private IngestedFile Failed(string file, string? company, PipelineError error)
    {
        Record(file, company, error);
        return new IngestedFile(file, IngestAction.Failed, company, 0, 0, error);
    }

    private void Record(string path, string? company, PipelineError error) =>
        writer.RecordFailure(new FailedReply(campaign.Id, path, company, error.Code, error.Message, DateTimeOffset.UtcNow));

    /// <summary>Whose a file is that could not be read: the manifest's word, else its name or folder; null when neither tells.</summary>
    private string? CompanyOfUnread(string file) =>
        (FromManifest(file) ?? CompanyAttributor.FromPath(file, campaign))?.Name;

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
            : corrections.StatusOf(company.Name, question)?.Status ?? AnswerStatusRules.Decide(company, q, reply.Segments, hasReply: true);
}
