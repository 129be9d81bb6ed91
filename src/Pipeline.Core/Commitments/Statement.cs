using System.Text.Json.Serialization;

namespace Pipeline.Core.Commitments;

/// <summary>One commitment, claim or refusal found in a passage: the sentence(s) quoted exactly, and its parts.</summary>
/// <param name="Kind">What the statement does.</param>
/// <param name="Text">The sentence(s) exactly as they stand in the passage (a verbatim substring of it).</param>
/// <param name="Start">Where <paramref name="Text"/> starts in the passage, in UTF-16 code units.</param>
/// <param name="Confidence">How sure the classifier is of <paramref name="Kind"/>, 0 to 1.</param>
public sealed record Statement(StatementKind Kind, string Text, int Start, double Confidence)
{
    /// <summary>Who acts ("the company", or the subsidiary or team named); null when not found.</summary>
    public string? Actor { get; init; }

    /// <summary>The main verb, as a lemma ("publish", "suspend", "disclose"); null when not found.</summary>
    public string? Action { get; init; }

    /// <summary>What the action is about, as written after the verb; null when not found.</summary>
    [JsonPropertyName("object")]
    public string? Target { get; init; }

    /// <summary>The time frame or deadline stated; null when none.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>The words that condition or hedge it ("where permitted by our contracts"); null when none.</summary>
    public string? Condition { get; init; }

    /// <summary>True when a condition or hedge weakens it ("where possible", "we aim to").</summary>
    public bool Hedged { get; init; }

    /// <summary>Language of the sentence (ISO 639-1), as the passage's.</summary>
    public string Language { get; init; } = "en";
}
