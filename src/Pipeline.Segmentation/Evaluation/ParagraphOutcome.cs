using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>How one gold paragraph fared: the questions expected, those of the segment that holds it, and whether they agree.</summary>
public sealed record ParagraphOutcome(
    string File,
    string Style,
    string Text,
    ImmutableArray<QuestionId> Expected,
    ImmutableArray<QuestionId> Actual,
    bool Found)
{
    /// <summary>Same set of questions (general counts as a question).</summary>
    public bool Correct => Found && Expected.ToHashSet().SetEquals(Actual);
}
