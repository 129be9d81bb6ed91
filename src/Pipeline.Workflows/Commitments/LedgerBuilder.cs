using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Commitments;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;

namespace Pipeline.Workflows.Commitments;

/// <summary>
/// Derives a campaign's ledger from its indexed answers: every paragraph that answers (labels and restated questions
/// left out) goes through the statement extractor; each statement keeps its answer's company, file, pages, questions,
/// topic and place, and the follow-up a researcher recorded for it.
/// </summary>
/// <remarks>
/// The ledger is computed from the segments the index stores, not from the files: no reply is read or segmented again,
/// and the sentence classifier (n-grams and patterns, no embedding) takes milliseconds for a campaign. Researchers'
/// statement corrections (issue 14's corrections file) apply here, after the machine's reading and before any surface
/// (<see cref="LedgerCorrections"/>), so the CLI, the XLSX sheet, the report and the web page all show them.
/// </remarks>
public static class LedgerBuilder
{
    /// <param name="campaign">The campaign.</param>
    /// <param name="segments">Its indexed segments.</param>
    /// <param name="followUps">Its follow-up file's entries.</param>
    /// <param name="extractor">The statement extractor; the shared one when null.</param>
    /// <param name="classifier">What the ledger says classified it; from the extractor when null.</param>
    /// <param name="corrections">The campaign's corrections (only statement corrections apply here); none when null.</param>
    public static CommitmentLedger Build(Campaign campaign, IReadOnlyList<IndexedSegment> segments, IReadOnlyList<FollowUp> followUps, StatementExtractor? extractor = null, string? classifier = null, IReadOnlyList<Correction>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(followUps);
        extractor ??= StatementExtractors.Shared;
        var latest = FollowUpFile.Latest(followUps);
        var items = new List<LedgerItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = segments.Where(s => !s.IsStructure).OrderBy(s => s.DocumentId, StringComparer.Ordinal).ThenBy(s => s.Ordinal)
            .SelectMany(segment => AnswerParagraphs(segment).Select(p => (Segment: segment, p.Text, p.Topic)))
            .ToList();
        var statements = ExtractInOrder(extractor, paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (segment, _, topic) = paragraphs[i];
            var company = segment.Company is null ? null : campaign.FindCompany(segment.Company)?.Name ?? segment.Company;
            foreach (var statement in statements[i])
            {
                var id = ItemId(segment.DocumentId, statement.Text);
                if (!seen.Add(id))
                {
                    continue;
                }

                items.Add(new LedgerItem(id, campaign.Id, company, segment.DocumentId, segment.FileName, segment.Pages, segment.Questions, topic, segment.Ordinal, statement)
                {
                    FollowUp = latest.GetValueOrDefault(id),
                });
            }
        }

        var order = campaign.Companies.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var sorted = items.OrderBy(i => i.Company is { } c && order.TryGetValue(c, out var n) ? n : int.MaxValue)
            .ThenBy(i => i.Company, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.File, StringComparer.Ordinal)
            .ThenBy(i => i.Segment)
            .ThenBy(i => i.Statement.Start);
        var ledger = new CommitmentLedger(campaign.Id, [.. sorted])
        {
            Orphans = [.. latest.Values.Where(f => !seen.Contains(f.Item)).OrderBy(f => f.Item, StringComparer.Ordinal)],
            Classifier = classifier ?? (extractor == StatementExtractors.Shared ? StatementExtractors.SharedClassifier : "custom"),
        };
        return corrections is null ? ledger : LedgerCorrections.Apply(ledger, corrections);
    }

    /// <summary>The stable id of a statement: the first 12 hex digits of SHA-256 over the reply's document id and the quoted text.</summary>
    public static string ItemId(string documentId, string quote)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(documentId + "\n" + quote));
        return Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>
    /// The statements of each paragraph, in the paragraphs' order, read on every core: classifying sentences is nearly all
    /// of a ledger's time (issue 17), and the extractor is thread-safe. An extractor's own exception is rethrown as is.
    /// </summary>
    private static ImmutableArray<Statement>[] ExtractInOrder(StatementExtractor extractor, List<(IndexedSegment Segment, string Text, Topic? Topic)> paragraphs)
    {
        var statements = new ImmutableArray<Statement>[paragraphs.Count];
        try
        {
            Parallel.For(0, paragraphs.Count, i => statements[i] = extractor.Extract(paragraphs[i].Text, paragraphs[i].Segment.Language));
        }
        catch (AggregateException ex)
        {
            // Several paragraphs may fail at once on different threads; the first failure stands for them all.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return statements;
    }

    /// <summary>The answer's paragraphs with each one's topic (the segment's when the paragraph's is unknown).</summary>
    private static IEnumerable<(string Text, Topic? Topic)> AnswerParagraphs(IndexedSegment segment)
    {
        var paragraphs = segment.Text.Split("\n\n");
        var aligned = segment.PassageRoles.Length == paragraphs.Length;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (aligned && segment.PassageRoles[i] != Core.Segments.PassageRole.Answer)
            {
                continue;
            }

            var topic = segment.PassageTopics.Length == paragraphs.Length ? segment.PassageTopics[i] ?? segment.Topic : segment.Topic;
            yield return (paragraphs[i], topic);
        }
    }
}
