using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation;

/// <summary>A unit found to start the answer to <paramref name="Questions"/>.</summary>
/// <param name="Cursor">Questionnaire position reached: answers after it count as moving forward.</param>
internal sealed record Identification(ImmutableArray<QuestionId> Questions, SegmentMethod Method, double Confidence, int Cursor)
{
    /// <summary>What the unit's first block is: the answer itself, or a bare label or the restated question before it.</summary>
    public PassageRole HeadRole { get; init; }

    /// <summary>
    /// A paragraph of prose that asks a question of the questionnaire and answers it in the same breath ("Have we
    /// consulted migrants? Not in Egypt or Oman, no."): it answers that question, and the paragraphs after it are read
    /// for what they say rather than taken as more of its answer.
    /// </summary>
    public bool AnswersOnlyItself { get; init; }

    /// <summary>
    /// The question a list right after the unit answers: the last one the paragraph names inside itself when its last
    /// sentence opens a list ("2. (a) … (b) … (c) The measures we apply are:" — the items are 2c's measures); null when none.
    /// </summary>
    public QuestionId? ListAnswers { get; init; }
}
