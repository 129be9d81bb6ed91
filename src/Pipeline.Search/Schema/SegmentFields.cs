namespace Pipeline.Search.Schema;

/// <summary>
/// Field names of the index; each maps one to one onto an Elasticsearch/OpenSearch mapping (see README.md).
/// Keyword fields are indexed lower-cased and stored as given.
/// </summary>
public static class SegmentFields
{
    /// <summary>"segment", "document" or "failure": which record kind a Lucene document is.</summary>
    public const string Kind = "kind";

    /// <summary>Campaign id plus source path: the unit replaced atomically (a reply's segments and its document record).</summary>
    public const string ReplyKey = "reply_key";

    public const string Campaign = "campaign";
    public const string Company = "company";
    public const string Question = "question";

    /// <summary>The number part of each question id ("2" for 2d), so that a filter on 2 finds 2a to 2e.</summary>
    public const string QuestionParent = "parent";

    public const string Topic = "topic";
    public const string Topics = "topics";
    public const string TopicScore = "topic_score";

    /// <summary>Each paragraph's topic label in order (stored only), so that answer status can weigh topics by text.</summary>
    public const string PassageTopics = "passage_topics";

    /// <summary>Each paragraph's role in order (stored only): answer, label or question (restated).</summary>
    public const string PassageRoles = "passage_roles";

    /// <summary>"true" on a segment of nothing but labels and restated questions; search leaves such segments out.</summary>
    public const string Structure = "structure";

    public const string Status = "status";

    /// <summary>The ids of the researchers' corrections applied to a segment (keyword, so that corrected answers can be found); absent when none.</summary>
    public const string Corrected = "corrected";

    /// <summary>On a corrected segment (stored only): the questions and topic the machine had given it.</summary>
    public const string MachineQuestions = "machine_questions";
    public const string MachineTopic = "machine_topic";
    public const string Document = "document";
    public const string File = "file";
    public const string Source = "source";
    public const string Page = "page";
    public const string Language = "language";
    public const string Method = "method";
    public const string Confidence = "confidence";
    public const string Ordinal = "ordinal";

    /// <summary>The segment's text as written; stored, not indexed (the text_* fields are).</summary>
    public const string Text = "text";

    public const string TextEnglish = "text_en";
    public const string TextFrench = "text_fr";
    public const string TextArabic = "text_ar";

    /// <summary>Text in a language without its own analyser: standard tokenising, no stemming.</summary>
    public const string TextStandard = "text_std";

    /// <summary>
    /// Every segment's words unstemmed (lower-cased, diacritics folded), whatever its language: what wildcard, prefix,
    /// fuzzy, regex and range terms match, so that they match the words people type rather than their stems.
    /// </summary>
    public const string TextPlain = "text_plain";

    /// <summary>
    /// Binary doc values of a segment: the sentence vector of each answer paragraph with its position, half precision
    /// (<see cref="VectorValue"/>); absent on segments without answer paragraphs or indexed without an encoder.
    /// </summary>
    public const string Vectors = "vectors";

    /// <summary>Sorted doc values of a segment with <see cref="Vectors"/>: the encoder's model id, so that vectors of another model are never compared.</summary>
    public const string VectorModel = "vector_model";

    /// <summary>The field layout a segment or document record was written with (<see cref="IndexSchema.Version"/>); absent before version 2.</summary>
    public const string Schema = "schema";

    public const string Format = "format";
    public const string Pages = "pages";
    public const string Segments = "segments";
    public const string Warnings = "warnings";
    public const string IngestedAt = "ingested_at";
    public const string Processing = "processing";

    /// <summary>On a failure record: the reply key again, the term a newer failure of the same file replaces it by.</summary>
    public const string FailureKey = "failure_key";

    /// <summary>On a failure record: the error's code ("truncated") and message, and when it happened (epoch ms).</summary>
    public const string ErrorCode = "error_code";
    public const string ErrorMessage = "error";
    public const string FailedAt = "failed_at";

    public const string SegmentKind = "segment";
    public const string DocumentKind = "document";

    /// <summary>A reply file that could not be read or indexed (<see cref="Indexing.FailedReply"/>).</summary>
    public const string FailureKind = "failure";

    /// <summary>Every stemmed text field; a term or phrase without a field searches all of them.</summary>
    public static IReadOnlyList<string> TextFields { get; } = [TextEnglish, TextFrench, TextArabic, TextStandard];

    /// <summary>Fields a query may name (<c>company:Thales</c>); <see cref="Text"/> stands for all text fields.</summary>
    public static IReadOnlyList<string> Queryable { get; } =
        [Text, Campaign, Company, Question, QuestionParent, Topic, Topics, Status, Document, File, Page, Language, Method, .. TextFields, TextPlain];

    /// <summary>The analysed field holding text in <paramref name="language"/> (ISO 639-1).</summary>
    public static string TextFieldFor(string language) => language switch
    {
        "en" => TextEnglish,
        "fr" => TextFrench,
        "ar" => TextArabic,
        _ => TextStandard,
    };
}
