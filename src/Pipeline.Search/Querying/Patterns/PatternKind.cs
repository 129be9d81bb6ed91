namespace Pipeline.Search.Querying.Patterns;

/// <summary>The constructs of Lucene's regular expressions (and of wildcards, which are a subset): one per <see cref="PatternNode"/>.</summary>
internal enum PatternKind
{
    /// <summary>One character, <see cref="PatternNode.From"/>.</summary>
    Char,

    /// <summary>One character from <see cref="PatternNode.From"/> to <see cref="PatternNode.To"/>.</summary>
    Range,

    /// <summary>Any one character: <c>.</c> or <c>?</c>.</summary>
    AnyChar,

    /// <summary>Any string: <c>@</c> or <c>*</c>.</summary>
    AnyString,

    /// <summary>The empty language: <c>#</c>.</summary>
    Empty,

    /// <summary>A literal string, <see cref="PatternNode.Text"/> (<c>"…"</c>, or <c>()</c> for the empty string).</summary>
    String,

    Union,
    Concatenation,
    Intersection,
    Complement,
    Optional,

    /// <summary><see cref="PatternNode.Min"/> to <see cref="PatternNode.Max"/> repetitions; Max -1 for no upper bound.</summary>
    Repeat,

    /// <summary>A decimal number from <see cref="PatternNode.Min"/> to <see cref="PatternNode.Max"/>: <c>&lt;1-100&gt;</c>.</summary>
    Interval,
}
