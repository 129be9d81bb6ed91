using System.Collections.Immutable;
using Pipeline.Core.Segments;

namespace Pipeline.Reporting.Formatting;

/// <summary>The one table of status labels and colours; blue, yellow, red, violet and grey stay apart for colour-blind readers, and every cell carries its abbreviation too.</summary>
public static class StatusStyles
{
    /// <summary>Every status, from most to least said.</summary>
    public static ImmutableArray<StatusStyle> All { get; } =
    [
        new(AnswerStatus.Answered, "answered", "Answered", "A", "#4dabf7", "The question is answered."),
        new(AnswerStatus.Partial, "partial", "Partial", "P", "#a5d8ff", "Part of the question is answered, or only in general terms."),
        new(AnswerStatus.Declined, "declined", "Declined", "D", "#ff8787", "The company declines to answer (confidentiality, security, policy)."),
        new(AnswerStatus.NotAddressed, "not_addressed", "Not addressed", "NA", "#ffd43b", "The company replied but did not address the question."),
        new(AnswerStatus.ReplyNotIndexed, "reply_not_indexed", "Reply not indexed", "NI", "#e599f7", "The company replied, but its reply could not be read or is not in the index (the reason is given): what it said is unknown."),
        new(AnswerStatus.NoResponse, "no_response", "No response", "NR", "#dee2e6", "The company did not reply to the outreach."),
    ];

    public static StatusStyle For(AnswerStatus status) => All.First(s => s.Status == status);

    public static string ToLabel(this AnswerStatus status) => For(status).Label;
}
