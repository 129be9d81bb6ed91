using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Evaluation;

/// <summary>One sentence of the labelled set (<c>corpus/commitments/*.jsonl</c>; format in its README).</summary>
/// <param name="Id">The sentence's id ("c0001").</param>
/// <param name="Text">The sentence.</param>
/// <param name="Kind">Its kind as labelled.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Source">Where it comes from (campaign and reply, or a web address): the unit the held-out split keeps together.</param>
public sealed record LabelledSentence(string Id, string Text, StatementKind Kind, string Language, string Source)
{
    /// <summary>The deadline's words as labelled; null when none is stated.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>The normalised deadline as labelled; null when none, or relative.</summary>
    public string? Deadline { get; init; }

    /// <summary>The condition or hedge words as labelled; null when none.</summary>
    public string? Condition { get; init; }

    public bool Hedged { get; init; }

    /// <summary>The id of the sentence this one translates; null for an original.</summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>The name of the file it was read from ("dev-2.jsonl"): the unit a leave-one-file-out run holds out.</summary>
    public string File { get; init; } = string.Empty;
}
