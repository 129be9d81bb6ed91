using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Json;

/// <summary>What one company said to one question; <see cref="Reason"/> says why its reply is missing (reply_not_indexed), else null.</summary>
internal sealed record JsonQuestionCell(
    string Company,
    QuestionId Question,
    AnswerStatus Status,
    ImmutableArray<Topic> Topics,
    double Confidence,
    bool NeedsReview,
    ImmutableArray<JsonAnswer> Answers,
    string? Reason,
    bool Corrected,
    string? StatusCorrection,
    AnswerStatus? MachineStatus)
{
    public static JsonQuestionCell From(QuestionCell c) =>
        new(c.Company, c.Question, c.Status, c.Topics, c.Confidence, c.NeedsReview, [.. c.Answers.OrEmpty().Select(JsonAnswer.From)], c.Reason, c.IsCorrected, c.StatusCorrection, c.MachineStatus);
}
