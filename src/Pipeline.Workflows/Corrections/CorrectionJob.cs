using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Search;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Records or undoes a researcher's correction: checks it against the index (the reply is indexed, the anchor designates
/// exactly one passage, questions and company exist), writes <c>corrections.jsonl</c> beside the campaign file, then
/// re-ingests the campaign's indexed replies — only those whose corrections changed are processed again — so that
/// compare, report, search and the web app show it at once. The one path for <c>pipeline correct</c> and the web app.
/// </summary>
/// <param name="ingest">How replies are re-ingested.</param>
public sealed class CorrectionJob(IngestJob ingest)
{
    public static CorrectionJob CreateDefault() => new(IngestJob.CreateDefault());

    /// <summary>Checks, records and applies <paramref name="draft"/> (its id and time are given here).</summary>
    /// <exception cref="CorrectionRejectedException">The correction cannot be recorded as asked.</exception>
    public CorrectionOutcome Record(Campaign campaign, Correction draft, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexLocation.Resolve(options.IndexDirectory);
        var correction = Check(campaign, draft, index);
        correction = correction with { Id = CorrectionFile.NewId(correction), At = draft.At == default ? DateTimeOffset.UtcNow : draft.At };
        var file = options.CorrectionsPath ?? CorrectionFile.PathFor(campaign);
        CorrectionFile.Append(file, correction);
        return new CorrectionOutcome(correction, file, Reindex(campaign, index, options));
    }

    /// <summary>Removes correction <paramref name="id"/> and re-ingests: the machine's reading (or an earlier correction) is back.</summary>
    /// <exception cref="CorrectionRejectedException">No correction has that id (the ids there are listed).</exception>
    public CorrectionOutcome Undo(Campaign campaign, string id, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var file = options.CorrectionsPath ?? CorrectionFile.PathFor(campaign);
        var existing = CorrectionFile.Load(file);
        var undone = existing.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new CorrectionRejectedException($"no correction '{id}' in {file}", [.. existing.Select(c => c.Id)]);
        CorrectionFile.Remove(file, undone.Id);
        return new CorrectionOutcome(undone, file, Reindex(campaign, IndexLocation.Resolve(options.IndexDirectory), options));
    }

    private static Correction Check(Campaign campaign, Correction draft, string index)
    {
        foreach (var question in (draft.Questions ?? []).Append(draft.Question ?? QuestionId.General).Where(q => !q.IsGeneral && campaign.FindQuestion(q) is null))
        {
            throw new CorrectionRejectedException($"no question {question} in campaign {campaign.Id}", [.. campaign.Questions.Select(q => q.Id.Value)]);
        }

        if (draft.Kind == CorrectionKind.Status)
        {
            var company = campaign.FindCompany(draft.Company ?? string.Empty)
                ?? throw new CorrectionRejectedException($"no company '{draft.Company}' in campaign {campaign.Id}", [.. campaign.Companies.Select(c => c.Name)]);
            return draft with { Company = company.Name };
        }

        if (!SegmentIndex.Exists(index))
        {
            throw new CorrectionRejectedException($"no index at {index}: ingest the campaign's replies first", []);
        }

        using var reader = SegmentIndex.Open(index);
        var documents = reader.ListDocuments(campaign.Id);
        var document = documents.FirstOrDefault(d => string.Equals(d.FileName, draft.Reply, StringComparison.OrdinalIgnoreCase))
            ?? throw new CorrectionRejectedException($"no reply '{draft.Reply}' of campaign {campaign.Id} in the index", [.. documents.Select(d => d.FileName)]);
        if (draft.Kind == CorrectionKind.Company)
        {
            return draft with { Reply = document.FileName, Sha256 = document.DocumentId, Company = campaign.FindCompany(draft.Company ?? string.Empty)?.Name ?? draft.Company };
        }

        var ofReply = reader.ReadSegments(campaign.Id).Where(s => s.DocumentId == document.DocumentId && s.FileName == document.FileName).ToList();
        if (draft.Kind == CorrectionKind.Statement)
        {
            return StatementCheck.Anchor(campaign, draft with { Reply = document.FileName, Sha256 = document.DocumentId }, ofReply);
        }

        var paragraphs = CorrectionCheck.AnswerParagraphs(ofReply);
        var found = PassageAnchor.Find(draft.Text ?? string.Empty, paragraphs);
        return found.Length switch
        {
            1 => draft with { Reply = document.FileName, Sha256 = document.DocumentId },
            0 => throw new CorrectionRejectedException($"no passage of {document.FileName} starts with \"{draft.Text}\"", CorrectionCheck.Candidates(draft.Text ?? string.Empty, paragraphs, found)),
            var n => throw new CorrectionRejectedException($"{n} passages of {document.FileName} start with \"{draft.Text}\": give more of the text", CorrectionCheck.Candidates(draft.Text ?? string.Empty, paragraphs, found)),
        };
    }

    /// <summary>Ingests again every reply of the campaign the index holds (still on disk); unchanged ones are skipped.</summary>
    private int Reindex(Campaign campaign, string index, IngestOptions options)
    {
        if (!SegmentIndex.Exists(index))
        {
            return 0;
        }

        List<string> sources;
        using (var reader = SegmentIndex.Open(index))
        {
            sources = [.. reader.ListDocuments(campaign.Id).Select(d => d.SourcePath)
                .Concat(reader.ListFailures(campaign.Id).Select(f => f.SourcePath))
                .Select(s => s.IndexOf('#', StringComparison.Ordinal) is var hash and > 0 ? s[..hash] : s)
                .Distinct(StringComparer.Ordinal)
                .Where(File.Exists)];
        }

        // As the last ingest read them: with its manifest, unless told otherwise.
        var manifest = options.ManifestPath ?? CampaignSource.Manifest(index, campaign.Id);
        var summary = ingest.Run(campaign, sources, options with { IndexDirectory = index, Prune = false, ManifestPath = manifest });
        return summary.Files.Count(f => f.Action is IngestAction.Replaced or IngestAction.Added);
    }
}
