namespace Pipeline.Search.Querying.Patterns;

/// <summary>A regular expression or wildcard that cannot be searched: malformed, or too complex to run in bounded time and memory.</summary>
#pragma warning disable CA1032, CA2229 // internal signal within one parse, never serialised or constructed elsewhere
internal sealed class PatternException(string message, int index, string hint, bool isLimit = false) : Exception(message)
#pragma warning restore CA1032, CA2229
{
    /// <summary>0-based position in the pattern where the problem was found.</summary>
    public int Index { get; } = index;

    /// <summary>How to fix it.</summary>
    public string Hint { get; } = hint;

    /// <summary>True when the pattern is well-formed but too costly (<see cref="QueryLimits"/>).</summary>
    public bool IsLimit { get; } = isLimit;
}
