namespace Pipeline.Search.Querying;

/// <summary>Where a matched term lies in a snippet: 0-based start and length, in UTF-16 code units.</summary>
public readonly record struct MatchSpan(int Start, int Length);
