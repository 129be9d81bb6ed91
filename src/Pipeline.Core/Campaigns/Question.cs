using Pipeline.Core.Topics;

namespace Pipeline.Core.Campaigns;

/// <summary>One question of a questionnaire.</summary>
/// <param name="Id">Its id, e.g. 2d.</param>
/// <param name="Parent">The numbered question it belongs to, e.g. "2" for 2d; equal to the id's number for a question without sub-questions.</param>
/// <param name="Text">The full question text as sent.</param>
/// <param name="Topic">The due-diligence topic the question mainly asks about.</param>
public sealed record Question(QuestionId Id, string Parent, string Text, Topic Topic)
{
    /// <summary>A short title for column headers ("Grievance mechanism").</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The question of an earlier campaign this one repeats (<c>same_as:</c>); null when it is new.</summary>
    public QuestionLink? SameAs { get; init; }
}
