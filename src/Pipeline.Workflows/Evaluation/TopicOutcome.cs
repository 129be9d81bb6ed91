using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Evaluation;

/// <summary>The topic a gold paragraph carries against the one the classifier gave the passage holding it.</summary>
public sealed record TopicOutcome(string File, string? Language, string Text, Topic Expected, Topic Predicted, double Score)
{
    public bool Correct => Expected == Predicted;
}
