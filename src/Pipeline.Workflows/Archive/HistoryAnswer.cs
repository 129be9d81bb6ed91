using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Archive;

/// <summary>What a company answered to one question of one campaign.</summary>
/// <param name="Question">The question's id in its campaign.</param>
/// <param name="Title">Its short title, when the campaign gives one.</param>
/// <param name="Topic">The topic the question asks about: answers of different campaigns are comparable by it.</param>
/// <param name="SameAs">The earlier campaign's question it repeats, when mapped.</param>
/// <param name="Status">The company's status for it.</param>
/// <param name="Answers">The answer excerpts, with file and pages.</param>
public sealed record HistoryAnswer(QuestionId Question, string? Title, Topic Topic, QuestionLink? SameAs, AnswerStatus Status, ImmutableArray<AnswerExcerpt> Answers)
{
    /// <summary>The answers' texts joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Answers.Select(a => a.Text));
}
