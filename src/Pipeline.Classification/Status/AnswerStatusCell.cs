using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Classification.Status;

/// <summary>One company's status for one question.</summary>
public sealed record AnswerStatusCell(string Company, QuestionId Question, AnswerStatus Status);
