using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Embeddings;
using Pipeline.Search.Analysis;

namespace Pipeline.Search.Indexing;

/// <summary>One reply ready to index: its document record and its segments, written together or not at all.</summary>
public sealed record IndexedReply(IndexedDocument Document, ImmutableArray<IndexedSegment> Segments)
{
    /// <summary>The language assumed when neither a segment, its document nor the extraction stage tells.</summary>
    public const string FallbackLanguage = "en";

    /// <summary>Builds the index records of a segmented (and usually classified) reply.</summary>
    /// <param name="reply">The reply; its document's source path is made absolute, as the reply's identity in the index.</param>
    /// <param name="statusOf">The company's answer status per question, from classification; null or returning null when unknown.</param>
    /// <param name="ingestedAt">When it is indexed; now when null.</param>
    /// <param name="encoder">Encodes each answer paragraph for search by meaning (all of the reply's in one call); null indexes no vectors.</param>
    /// <remarks>Each segment's language is detected from its own text, falling back to the document's, so that a French annex in an English letter gets French stemming.</remarks>
    public static IndexedReply From(SegmentedReply reply, Func<QuestionId, AnswerStatus?>? statusOf = null, DateTimeOffset? ingestedAt = null, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var document = reply.Document;
        var documentLanguage = document.Language
            ?? LanguageDetector.Detect(string.Join("\n", document.Body.Select(b => b.Text)))
            ?? FallbackLanguage;

        var segments = reply.Segments
            .Select((segment, ordinal) => new IndexedSegment(
                reply.CampaignId,
                document.Id,
                ordinal,
                reply.Company.Name,
                segment.Questions.IsDefaultOrEmpty ? [QuestionId.General] : segment.Questions,
                segment.Text,
                segment.Pages,
                segment.Method,
                segment.Confidence,
                LanguageDetector.Detect(segment.Text) ?? documentLanguage)
            {
                Topic = segment.Topic,
                TopicScore = segment.TopicScore,
                Topics = segment.Topics.IsDefault ? [] : segment.Topics,
                PassageTopics = [.. segment.Passages.Select(p => p.Topic)],
                PassageRoles = [.. segment.Passages.Select(p => p.Role)],
                Status = segment.IsGeneral || segment.IsStructure ? null : statusOf?.Invoke(segment.PrimaryQuestion),
                FileName = document.FileName,
                Correction = segment.Correction,
            })
            .ToImmutableArray();
        if (encoder is not null)
        {
            segments = PassageVectors.Add(segments, reply.Segments, encoder);
        }

        var record = new IndexedDocument(
            reply.CampaignId,
            document.Id,
            Path.GetFullPath(document.Source),
            reply.Company.Name,
            document.Format,
            document.Pages,
            documentLanguage,
            segments.Length,
            document.Warnings.IsDefault ? [] : document.Warnings,
            ingestedAt ?? DateTimeOffset.UtcNow);

        return new IndexedReply(record, segments);
    }
}
