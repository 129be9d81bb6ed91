namespace Pipeline.Search.Querying;

/// <summary>
/// What one query may ask for, checked when it is parsed so that no query can exhaust memory, a thread's stack or a
/// core: beyond these a query is refused with a message saying what to change (exit 1 on the command line, 400 on the web).
/// </summary>
public static class QueryLimits
{
    /// <summary>Characters in a query.</summary>
    public const int MaxQueryLength = 4_000;

    /// <summary>Parentheses inside each other (the parsers recurse once per level).</summary>
    public const int MaxNesting = 32;

    /// <summary>Characters in one wildcard, prefix, fuzzy or regex term: no indexed word is longer (the tokenizer's limit).</summary>
    public const int MaxPatternLength = 255;

    /// <summary>
    /// States in any automaton a regular expression or wildcard builds (what later Lucene versions call
    /// maxDeterminizedStates), and in the copies a repetition unrolls: <c>*a????????</c> (513) passes, one more ? does not.
    /// </summary>
    public const int MaxAutomatonStates = 1_000;

    /// <summary>Transitions in any such automaton; with <see cref="MaxAutomatonStates"/>, under a second of Lucene.Net's work.</summary>
    public const int MaxAutomatonTransitions = 5_000;

    /// <summary>Steps spent measuring one pattern against <see cref="MaxAutomatonStates"/>.</summary>
    public const long MaxAutomatonWork = 5_000_000;

    /// <summary>The largest boost (<c>drone^10</c>): larger ones make scores overflow.</summary>
    public const float MaxBoost = 1_000;

    /// <summary>Leading characters a fuzzy term keeps as typed: typing slips rarely hit the first letters, and it keeps "drone~" away from "done".</summary>
    public const int FuzzyPrefixLength = 2;

    /// <summary>
    /// Edits a fuzzy term without a number (<c>drone~</c>) allows, by its length: none up to 2 characters, one up to
    /// 5, two from 6 (Elasticsearch's AUTO rule), so that short words do not match every other short word.
    /// </summary>
    public static int AutoFuzzyEdits(int length) => length <= 2 ? 0 : length <= 5 ? 1 : 2;
}
