using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Schema;

namespace Pipeline.Export.OpenSearch;

/// <summary>
/// A segment as an exported document (<c>_source</c>) and back: the embedded index's fields under the same names, the
/// answer text in the analysed field of its language and in <c>text_plain</c>, as Lucene indexes them.
/// </summary>
public static class SegmentSource
{
    /// <summary>The document's id: campaign, reply document id and position, so re-sending a segment replaces it.</summary>
    public static string IdOf(IndexedSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return $"{segment.CampaignId}:{segment.DocumentId}:{segment.Ordinal}";
    }

    /// <summary>The document of <paramref name="segment"/>; fields without a value are left out, as in Lucene.</summary>
    public static JsonObject ToJson(IndexedSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var json = new JsonObject
        {
            [SegmentFields.Kind] = SegmentFields.SegmentKind,
            [SegmentFields.Campaign] = segment.CampaignId,
            [SegmentFields.Document] = segment.DocumentId,
            [SegmentFields.Ordinal] = segment.Ordinal,
        };
        Set(json, SegmentFields.Company, segment.Company);
        json[SegmentFields.Question] = Array(segment.Questions.Select(q => q.Value));
        json[SegmentFields.QuestionParent] = Array(segment.Questions.Select(q => q.Number).Distinct());
        Set(json, SegmentFields.Topic, segment.Topic?.ToLabel());
        json[SegmentFields.Topics] = Array(segment.Topics.Select(t => t.ToLabel()));
        json[SegmentFields.TopicScore] = segment.TopicScore;
        json[SegmentFields.PassageTopics] = Array(segment.PassageTopics.Select(t => t?.ToLabel() ?? string.Empty));
        json[SegmentFields.PassageRoles] = Array(segment.PassageRoles.Select(SnakeCaseLabels.ToLabel));
        json[SegmentFields.Structure] = segment.IsStructure;
        Set(json, SegmentFields.Status, segment.Status is { } status ? SnakeCaseLabels.ToLabel(status) : null);
        Set(json, SegmentFields.File, segment.FileName);
        if (segment.Correction is { } correction)
        {
            json[SegmentFields.Corrected] = Array(correction.Ids);
            json[SegmentFields.MachineQuestions] = Array(correction.MachineQuestions.Select(q => q.Value));
            json[SegmentFields.MachineTopic] = correction.MachineTopic?.ToLabel() ?? string.Empty;
        }

        json[SegmentFields.Page] = new JsonArray([.. segment.Pages.Select(p => (JsonNode)p)]);
        json[SegmentFields.Language] = segment.Language;
        json[SegmentFields.Method] = SnakeCaseLabels.ToLabel(segment.Method);
        json[SegmentFields.Confidence] = segment.Confidence;
        json[SegmentFields.Text] = segment.Text;

        // Only what the company said is searched, in its language's field and unstemmed (SegmentRecord does the same).
        json[SegmentFields.TextFieldFor(segment.Language)] = segment.AnswerText;
        json[SegmentFields.TextPlain] = segment.AnswerText;
        json[SegmentFields.Schema] = LuceneSchema;
        return json;
    }

    /// <summary>The segment a search hit's <c>_source</c> holds.</summary>
    /// <exception cref="InvalidDataException">A required field is missing: the index was not written by this exporter.</exception>
    public static IndexedSegment FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var topic = Text(json, SegmentFields.Topic);
        return new IndexedSegment(
            Required(json, SegmentFields.Campaign),
            Required(json, SegmentFields.Document),
            Number(json, SegmentFields.Ordinal),
            Text(json, SegmentFields.Company),
            [.. Texts(json, SegmentFields.Question).Select(QuestionId.Parse)],
            Required(json, SegmentFields.Text),
            [.. (json[SegmentFields.Page] as JsonArray ?? []).Select(p => p!.GetValue<int>())],
            SnakeCaseLabels.TryParse<SegmentMethod>(Text(json, SegmentFields.Method), out var method) ? method : SegmentMethod.None,
            Fraction(json, SegmentFields.Confidence),
            Required(json, SegmentFields.Language))
        {
            Topic = topic is null ? null : TopicLabels.Parse(topic),
            TopicScore = Fraction(json, SegmentFields.TopicScore),
            Topics = [.. Texts(json, SegmentFields.Topics).Select(TopicLabels.Parse)],
            PassageTopics = [.. Texts(json, SegmentFields.PassageTopics).Select(label => TopicLabels.TryParse(label, out var t) ? t : (Topic?)null)],
            PassageRoles = [.. Texts(json, SegmentFields.PassageRoles).Select(label => SnakeCaseLabels.TryParse<PassageRole>(label, out var r) ? r : PassageRole.Answer)],
            Status = SnakeCaseLabels.TryParse<AnswerStatus>(Text(json, SegmentFields.Status), out var s) ? s : null,
            FileName = Text(json, SegmentFields.File) ?? string.Empty,
            Correction = CorrectionOf(json),
        };
    }

    private static readonly string LuceneSchema = IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CorrectionMark? CorrectionOf(JsonObject json)
    {
        var ids = Texts(json, SegmentFields.Corrected);
        return ids.IsEmpty
            ? null
            : new CorrectionMark(
                ids,
                [.. Texts(json, SegmentFields.MachineQuestions).Select(QuestionId.Parse)],
                TopicLabels.TryParse(Text(json, SegmentFields.MachineTopic), out var t) ? t : null);
    }

    private static void Set(JsonObject json, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[field] = value;
        }
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static string? Text(JsonObject json, string field) => json[field]?.GetValue<string>();

    private static string Required(JsonObject json, string field) =>
        Text(json, field) ?? throw new InvalidDataException($"the exported segment lacks the field '{field}'");

    private static int Number(JsonObject json, string field) =>
        json[field]?.GetValue<int>() ?? throw new InvalidDataException($"the exported segment lacks the field '{field}'");

    private static double Fraction(JsonObject json, string field) => json[field]?.GetValue<double>() ?? 0;

    private static ImmutableArray<string> Texts(JsonObject json, string field) =>
        json[field] is JsonArray array ? [.. array.Select(v => v!.GetValue<string>())] : [];
}
