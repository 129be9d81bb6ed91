using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Reports;

/// <summary>What one company said to one question: the status, the topics found, and the answer excerpts with provenance.</summary>
public sealed record QuestionCell(string Company, QuestionId Question, AnswerStatus Status, ImmutableArray<AnswerExcerpt> Answers)
{
    /// <summary>Distinct topics across the answers, most frequent first.</summary>
    public ImmutableArray<Topic> Topics =>
        [.. Answers.SelectMany(a => a.Topics.IsDefaultOrEmpty && a.Topic is { } t ? [t] : a.Topics)
            .GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key)];

    /// <summary>The highest confidence among the answers; 0 when there is none.</summary>
    public double Confidence => Answers.IsDefaultOrEmpty ? 0 : Answers.Max(a => a.Confidence);

    /// <summary>True when any of its answers needs review (<see cref="AnswerExcerpt.NeedsReview"/>) and nobody set its status by hand.</summary>
    public bool NeedsReview => StatusCorrection is null && !Answers.IsDefaultOrEmpty && Answers.Any(a => a.NeedsReview);

    /// <summary>The id of the researcher's correction that set <see cref="Status"/>; null when the machine decided it.</summary>
    public string? StatusCorrection { get; init; }

    /// <summary>The status the machine decided, when a correction replaced it; else null.</summary>
    public AnswerStatus? MachineStatus { get; init; }

    /// <summary>True when a researcher corrected the status or any answer of the cell.</summary>
    public bool IsCorrected => StatusCorrection is not null || (!Answers.IsDefaultOrEmpty && Answers.Any(a => a.Correction is not null));

    /// <summary>The answers' texts joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Answers.Select(a => a.Text));

    /// <summary>Why the status is what it is when the answers cannot say: for <see cref="AnswerStatus.ReplyNotIndexed"/>, the failed file and its error, or "no reply file found"; else null.</summary>
    public string? Reason { get; init; }
}
