using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>One paragraph of a reply as annotated by hand: the question(s) it answers and the reply's style.</summary>
/// <param name="Text">The paragraph's text as the reader sees it.</param>
/// <param name="Questions">The question ids it answers, primary first; [general] when none.</param>
/// <param name="Topic">The topic label annotated, e.g. "grievance_mechanism".</param>
/// <param name="Style">The reply's style (markers, table, prose, combined, french, refusal, long, restated, autonumber…).</param>
public sealed record GoldParagraph(string Text, ImmutableArray<QuestionId> Questions, string? Topic, string Style)
{
    private static readonly string[] UnmarkedStyles = ["prose", "refusal"];
    private static readonly string[] StructureKinds = ["heading", "question", "table_header", "table_question", "table_label"];

    public QuestionId Question => Questions.IsDefaultOrEmpty ? QuestionId.General : Questions[0];

    public bool IsGeneral => Question.IsGeneral;

    /// <summary>What the paragraph is (letterhead, letter, heading, paragraph, question, list_item, table_answer, annex…); null when not annotated.</summary>
    public string? Kind { get; init; }

    /// <summary>The paragraph's language (en, fr, de, ar); null when not annotated.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Whether a question number, restated question or table row ties the paragraph to its question(s). Annotated
    /// explicitly in newer gold files; otherwise inferred from the reply's style (prose and refusal letters are unmarked).
    /// </summary>
    public bool? MarkedAnnotation { get; init; }

    public bool Marked => MarkedAnnotation ?? (!IsGeneral && !UnmarkedStyles.Contains(Style));

    /// <summary>Structure rather than content (a heading, a restated question, a table label): it carries no topic of its own.</summary>
    public bool IsStructure => Kind is not null && StructureKinds.Contains(Kind);

    /// <summary>
    /// The role the annotation implies: a table's label cell is a label; a table's question cell, a restated question
    /// and a section heading are the question; everything else is answer (or general text).
    /// </summary>
    public Core.Segments.PassageRole Role => Kind switch
    {
        "table_label" => Core.Segments.PassageRole.Label,
        "table_question" or "question" or "heading" => Core.Segments.PassageRole.Question,
        _ => Core.Segments.PassageRole.Answer,
    };
}
