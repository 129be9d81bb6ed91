using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Review;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Search.Indexing;

/// <summary>
/// One segment as the index holds it: a <see cref="Segment"/> flattened with what the index needs to know about its reply
/// (campaign, company, file, answer status, language). Written by <see cref="SegmentIndexWriter"/>, read back unchanged
/// by <see cref="Reading.SegmentIndex.ReadSegments"/>.
/// </summary>
/// <param name="CampaignId">The campaign the reply answers.</param>
/// <param name="DocumentId">The reply's document id (SHA-256 of the file).</param>
/// <param name="Ordinal">0-based position of the segment in its reply.</param>
/// <param name="Company">The company the reply is from; null when undetermined.</param>
/// <param name="Questions">Question ids answered, the primary one first.</param>
/// <param name="Text">The segment's paragraphs joined by blank lines.</param>
/// <param name="Pages">Distinct pages, ascending; empty where unknown.</param>
/// <param name="Method">What tied the segment to its questions.</param>
/// <param name="Confidence">How sure that method is, 0 to 1.</param>
/// <param name="Language">ISO 639-1 code of the text; decides its analyser ("en", "fr", "ar", else standard).</param>
public sealed record IndexedSegment(
    string CampaignId,
    string DocumentId,
    int Ordinal,
    string? Company,
    ImmutableArray<QuestionId> Questions,
    string Text,
    ImmutableArray<int> Pages,
    SegmentMethod Method,
    double Confidence,
    string Language)
{
    /// <summary>The classified primary topic; null when not classified.</summary>
    public Topic? Topic { get; init; }

    public double TopicScore { get; init; }

    /// <summary>Distinct topics of the passages, most text first.</summary>
    public ImmutableArray<Topic> Topics { get; init; } = [];

    /// <summary>Each paragraph's topic, in order (the text holds the paragraphs separated by blank lines); null where unclassified.</summary>
    public ImmutableArray<Topic?> PassageTopics { get; init; } = [];

    /// <summary>Each paragraph's role, in order (answer, or structure: a label or a restated question); empty when unknown, which reads as all answer.</summary>
    public ImmutableArray<PassageRole> PassageRoles { get; init; } = [];

    /// <summary>True when every paragraph is structure (<see cref="Segment.IsStructure"/>): no answer, left out of search.</summary>
    public bool IsStructure => !PassageRoles.IsDefaultOrEmpty && PassageRoles.All(r => r != PassageRole.Answer);

    /// <summary>
    /// The paragraphs that answer (<see cref="Text"/> without labels and restated questions), as search analyses and
    /// reports quote them; the whole text when the roles are unknown or do not line up with its paragraphs.
    /// </summary>
    public string AnswerText
    {
        get
        {
            if (PassageRoles.IsDefaultOrEmpty || PassageRoles.All(r => r == PassageRole.Answer))
            {
                return Text;
            }

            var paragraphs = Text.Split("\n\n");
            return paragraphs.Length == PassageRoles.Length
                ? string.Join("\n\n", paragraphs.Where((_, i) => PassageRoles[i] == PassageRole.Answer))
                : Text;
        }
    }

    /// <summary>
    /// The sentence vectors of the answer paragraphs, for search by meaning; empty when the segment was indexed without
    /// an encoder or has no answer paragraph. Written to the index, not read back by <see cref="Reading.SegmentIndex.ReadSegments"/>.
    /// </summary>
    public ImmutableArray<PassageVector> PassageVectors { get; init; } = [];

    /// <summary>The encoder's model id of <see cref="PassageVectors"/> (<see cref="Embeddings.ISentenceEncoder.ModelId"/>); null when there are none.</summary>
    public string? VectorModel { get; init; }

    /// <summary>The company's answer status for the primary question; null when not assessed.</summary>
    public AnswerStatus? Status { get; init; }

    /// <summary>The reply's file name without folders.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>What a researcher corrected here, with the machine's reading; null when nobody did.</summary>
    public CorrectionMark? Correction { get; init; }

    /// <summary>Why a researcher should check this reading first (<see cref="ReviewPolicy"/>); empty when it is sure enough or was corrected.</summary>
    public ImmutableArray<ReviewReason> ReviewReasons => Correction is not null ? [] : ReviewPolicy.Assess(PrimaryQuestion.IsGeneral, IsStructure, Confidence, Topic, TopicScore);

    /// <summary>True when <see cref="ReviewReasons"/> is not empty.</summary>
    public bool NeedsReview => !ReviewReasons.IsEmpty;

    /// <summary>The primary question; general when none.</summary>
    public QuestionId PrimaryQuestion => Questions.IsDefaultOrEmpty ? QuestionId.General : Questions[0];
}
