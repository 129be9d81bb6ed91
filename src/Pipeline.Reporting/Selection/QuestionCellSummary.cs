using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>What a matrix shows of one question cell, without its answers: a few words however long the answers are.</summary>
/// <param name="Status">The cell's status.</param>
/// <param name="Topics">Its answers' topics, most frequent first (<see cref="QuestionCell.Topics"/>).</param>
/// <param name="HasAnswers">True when the cell has answers to open.</param>
/// <param name="NeedsReview">As <see cref="QuestionCell.NeedsReview"/>.</param>
/// <param name="IsCorrected">As <see cref="QuestionCell.IsCorrected"/>.</param>
/// <param name="Reason">As <see cref="QuestionCell.Reason"/>.</param>
public sealed record QuestionCellSummary(AnswerStatus Status, ImmutableArray<Topic> Topics, bool HasAnswers, bool NeedsReview, bool IsCorrected, string? Reason)
{
    public static QuestionCellSummary Of(QuestionCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new(cell.Status, cell.Topics, !cell.Answers.IsDefaultOrEmpty, cell.NeedsReview, cell.IsCorrected, cell.Reason);
    }
}
