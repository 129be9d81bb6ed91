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
    public QuestionId Question => Questions.IsDefaultOrEmpty ? QuestionId.General : Questions[0];
}
