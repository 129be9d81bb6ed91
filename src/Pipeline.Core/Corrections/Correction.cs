using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Corrections;

/// <summary>
/// A researcher's fix of what the machine got wrong: one line of a campaign's <c>corrections.jsonl</c> (format in
/// <c>corpus/campaigns/README.md</c>). Applied after the machine's analysis at every ingest, so that it survives
/// re-extraction, a retrained model and an edited campaign. Immutable.
/// </summary>
/// <param name="Id">Short unique id ("c-3f9a1b2c"), what undo names.</param>
/// <param name="Kind">What it changes.</param>
public sealed record Correction(string Id, CorrectionKind Kind)
{
    /// <summary>The reply's file name (passage and company corrections): which reply, whatever folder it is read from.</summary>
    public string? Reply { get; init; }

    /// <summary>SHA-256 of the reply file when the correction was made: tells whether the reply changed since.</summary>
    public string? Sha256 { get; init; }

    /// <summary>
    /// The start of the passage (passage corrections), or the ledger item's quoted text (statement corrections), unique
    /// within the reply; whitespace and case do not matter.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>The right question(s) of the passage; null when the questions are not corrected.</summary>
    public ImmutableArray<QuestionId>? Questions { get; init; }

    /// <summary>The right topic of the passage; null when the topic is not corrected.</summary>
    public Topic? Topic { get; init; }

    /// <summary>True when the passage answers nothing (letterhead, boilerplate): it becomes general.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NotAnswer { get; init; }

    /// <summary>The company (status corrections: whose cell; company corrections: who the reply is from).</summary>
    public string? Company { get; init; }

    /// <summary>The question of a status correction's cell.</summary>
    public QuestionId? Question { get; init; }

    /// <summary>The right status of the cell (status corrections).</summary>
    public AnswerStatus? Status { get; init; }

    /// <summary>The right kind of a ledger item (statement corrections); <see cref="StatementKind.None"/> rejects it; null when the kind is not corrected.</summary>
    public StatementKind? ItemKind { get; init; }

    /// <summary>
    /// The right deadline of a ledger item (statement corrections), normalised (<c>2023</c>, <c>2023-Q4</c>,
    /// <c>2023-H2</c>, <c>2023-06</c>, <c>2023-06-30</c>); empty when it states none; null when not corrected.
    /// </summary>
    public string? Deadline { get; init; }

    /// <summary>The right condition of a ledger item (statement corrections); empty when it has none; null when not corrected.</summary>
    public string? Condition { get; init; }

    /// <summary>Who made it.</summary>
    public string? Author { get; init; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Why, in the researcher's words.</summary>
    public string? Note { get; init; }
}
