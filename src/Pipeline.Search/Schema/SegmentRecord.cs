using System.Collections.Immutable;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Schema;

/// <summary>Maps an <see cref="IndexedSegment"/> to its Lucene document and back; the field layout is documented in README.md.</summary>
internal static class SegmentRecord
{
    public static Document ToLucene(IndexedSegment segment, string replyKey)
    {
        var document = new Document();
        document.AddKey(SegmentFields.Kind, SegmentFields.SegmentKind);
        document.AddKey(SegmentFields.ReplyKey, replyKey);
        document.AddKeyword(SegmentFields.Campaign, segment.CampaignId, KeywordDocValues.Single);
        document.AddKeyword(SegmentFields.Document, segment.DocumentId);
        document.AddKeyword(SegmentFields.Company, segment.Company, KeywordDocValues.Single);
        foreach (var question in segment.Questions)
        {
            document.AddKeyword(SegmentFields.Question, question.Value, KeywordDocValues.Multi);
        }

        foreach (var parent in segment.Questions.Select(q => q.Number).Distinct())
        {
            document.AddKey(SegmentFields.QuestionParent, parent);
        }

        document.AddKeyword(SegmentFields.Topic, segment.Topic?.ToLabel(), KeywordDocValues.Single);
        foreach (var topic in segment.Topics)
        {
            document.AddKeyword(SegmentFields.Topics, topic.ToLabel());
        }

        document.Add(new StoredField(SegmentFields.TopicScore, segment.TopicScore));
        foreach (var passage in segment.PassageTopics)
        {
            document.Add(new StoredField(SegmentFields.PassageTopics, passage?.ToLabel() ?? string.Empty));
        }

        foreach (var role in segment.PassageRoles)
        {
            document.Add(new StoredField(SegmentFields.PassageRoles, SnakeCaseLabels.ToLabel(role)));
        }

        if (segment.IsStructure)
        {
            document.AddKey(SegmentFields.Structure, "true");
        }

        document.AddKeyword(
            SegmentFields.Status, segment.Status is { } status ? SnakeCaseLabels.ToLabel(status) : null, KeywordDocValues.Single);
        document.AddKeyword(SegmentFields.File, segment.FileName);
        if (segment.Correction is { } correction)
        {
            foreach (var id in correction.Ids)
            {
                document.Add(new StringField(SegmentFields.Corrected, id, Field.Store.YES));
            }

            foreach (var question in correction.MachineQuestions)
            {
                document.Add(new StoredField(SegmentFields.MachineQuestions, question.Value));
            }

            document.Add(new StoredField(SegmentFields.MachineTopic, correction.MachineTopic?.ToLabel() ?? string.Empty));
        }

        foreach (var page in segment.Pages)
        {
            document.Add(new Int32Field(SegmentFields.Page, page, Field.Store.YES));
        }

        document.AddKeyword(SegmentFields.Language, segment.Language, KeywordDocValues.Single);
        document.AddKeyword(SegmentFields.Method, SnakeCaseLabels.ToLabel(segment.Method));
        document.Add(new StoredField(SegmentFields.Confidence, segment.Confidence));
        document.Add(new Int32Field(SegmentFields.Ordinal, segment.Ordinal, Field.Store.YES));
        document.Add(new NumericDocValuesField(SegmentFields.Ordinal, segment.Ordinal));
        document.Add(new StoredField(SegmentFields.Text, segment.Text));
        // Only what the company said is searched: a label or a restated question in every reply would match every query about that question.
        document.Add(new TextField(SegmentFields.TextFieldFor(segment.Language), segment.AnswerText, Field.Store.NO));
        document.Add(new TextField(SegmentFields.TextPlain, segment.AnswerText, Field.Store.NO));
        AddVectors(document, segment);
        document.AddSchemaVersion();
        return document;
    }

    private static void AddVectors(Document document, IndexedSegment segment)
    {
        if (segment.PassageVectors.IsDefaultOrEmpty || segment.VectorModel is null)
        {
            return;
        }

        // Kept with the segment's other fields in its Lucene document: written, replaced and deleted with it in one commit.
        document.Add(new BinaryDocValuesField(SegmentFields.Vectors, new BytesRef(VectorValue.Encode(segment.PassageVectors))));
        document.Add(new SortedDocValuesField(SegmentFields.VectorModel, new BytesRef(segment.VectorModel)));
    }

    public static IndexedSegment FromLucene(Document document)
    {
        var topic = document.Get(SegmentFields.Topic);
        var status = document.Get(SegmentFields.Status);
        var method = SnakeCaseLabels.TryParse<SegmentMethod>(document.Get(SegmentFields.Method), out var m) ? m : SegmentMethod.None;
        return new IndexedSegment(
            document.GetRequired(SegmentFields.Campaign),
            document.GetRequired(SegmentFields.Document),
            document.GetInt32(SegmentFields.Ordinal),
            document.Get(SegmentFields.Company),
            [.. document.GetValues(SegmentFields.Question).Select(QuestionId.Parse)],
            document.GetRequired(SegmentFields.Text),
            [.. document.GetFields(SegmentFields.Page).Select(f => f.GetInt32Value() ?? 0)],
            method,
            document.GetDouble(SegmentFields.Confidence),
            document.GetRequired(SegmentFields.Language))
        {
            Topic = topic is null ? null : TopicLabels.Parse(topic),
            TopicScore = document.GetDouble(SegmentFields.TopicScore),
            Topics = [.. document.GetValues(SegmentFields.Topics).Select(TopicLabels.Parse)],
            PassageTopics = [.. document.GetValues(SegmentFields.PassageTopics).Select(label => TopicLabels.TryParse(label, out var t) ? t : (Topic?)null)],
            PassageRoles = [.. document.GetValues(SegmentFields.PassageRoles).Select(label => SnakeCaseLabels.TryParse<PassageRole>(label, out var r) ? r : PassageRole.Answer)],
            Status = SnakeCaseLabels.TryParse<AnswerStatus>(status, out var s) ? s : null,
            FileName = document.Get(SegmentFields.File) ?? string.Empty,
            Correction = CorrectionOf(document),
        };
    }

    private static CorrectionMark? CorrectionOf(Document document)
    {
        var ids = document.GetValues(SegmentFields.Corrected);
        if (ids.Length == 0)
        {
            return null;
        }

        var topic = document.Get(SegmentFields.MachineTopic);
        return new CorrectionMark(
            [.. ids],
            [.. document.GetValues(SegmentFields.MachineQuestions).Select(QuestionId.Parse)],
            TopicLabels.TryParse(topic, out var t) ? t : null);
    }
}
