using Lucene.Net.QueryParsers.Classic;

namespace Pipeline.Search.Querying;

/// <summary>
/// A part of a query that cannot be searched (a malformed regular expression, a negative proximity, a pattern too
/// long or too complex); raised inside the parser so that parsing stops there, and turned into a <see cref="QuerySyntaxError"/>.
/// </summary>
#pragma warning disable CA1032, CA2229 // internal signal within one parse, never serialised or constructed elsewhere
internal sealed class RejectedQueryException(string message, string hint, string fragment, int offset = 0, bool isLimit = false) : ParseException(message)
#pragma warning restore CA1032, CA2229
{
    public string Hint { get; } = hint;

    /// <summary>The part of the query as typed, to find where it is.</summary>
    public string Fragment { get; } = fragment;

    /// <summary>Where in <see cref="Fragment"/> the problem is, 0-based.</summary>
    public int Offset { get; } = offset;

    /// <summary>True when the query is well-formed but asks for more than <see cref="QueryLimits"/> allow.</summary>
    public bool IsLimit { get; } = isLimit;
}
