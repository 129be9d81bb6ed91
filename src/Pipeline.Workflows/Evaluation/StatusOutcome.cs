using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Evaluation;

/// <summary>One company × question cell: the status the gold expects against the one the analysis decided.</summary>
public sealed record StatusOutcome(string File, string Company, QuestionId Question, AnswerStatus Expected, AnswerStatus Actual)
{
    public bool Correct => Expected == Actual;
}
