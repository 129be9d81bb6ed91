using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// What a gold reply's <c>&lt;stem&gt;.meta.json</c> says about the reply as a whole: the company a careful reader names
/// from the letter, whether the campaign lists it, and the expected status of each question.
/// </summary>
public sealed record GoldReplyMeta(string? Company, bool Listed, string? Style, ImmutableDictionary<QuestionId, AnswerStatus> Status);
