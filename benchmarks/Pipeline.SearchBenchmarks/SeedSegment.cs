using System.Collections.Immutable;

namespace Pipeline.SearchBenchmarks;

/// <summary>One line of a segments JSON-lines file: the generator's seed and output, and what both engines load.</summary>
/// <param name="Company">Company name.</param>
/// <param name="Questions">Question ids, primary first ("2d", "general").</param>
/// <param name="Topic">Topic label (snake_case).</param>
/// <param name="Text">The segment's text.</param>
internal sealed record SeedSegment(string Company, ImmutableArray<string> Questions, string Topic, string Text)
{
    /// <summary>Campaign id; the generator sets it, a seed may leave it out.</summary>
    public string Campaign { get; init; } = "seed";

    /// <summary>File the segment came from; segments of one file form one reply.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>Answer status label, when known.</summary>
    public string? Status { get; init; }

    public int Page { get; init; }

    /// <summary>ISO 639-1 language the index detected ("en", "fr"); null when unknown. The generator borrows sentences only within one language.</summary>
    public string? Language { get; init; }
}
