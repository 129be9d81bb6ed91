namespace Pipeline.Search.Querying.Patterns;

/// <summary>
/// How much automaton one pattern may cost: states and transitions in any automaton built on the way, and steps of
/// work in all. Exceeding any stops the measurement with <see cref="PatternException"/>. Not thread-safe: one per pattern.
/// </summary>
internal sealed class AutomatonBudget(int maxStates, int maxTransitions, long maxWork)
{
    private long _work;

    public int MaxStates => maxStates;

    /// <exception cref="PatternException">An automaton would have more than <see cref="MaxStates"/> states.</exception>
    public void States(long count)
    {
        if (count > maxStates)
        {
            throw TooComplex();
        }
    }

    /// <exception cref="PatternException">An automaton would have more than the allowed transitions (what Lucene's compilation to UTF-8 costs grows with).</exception>
    public void Transitions(long count)
    {
        if (count > maxTransitions)
        {
            throw TooComplex();
        }
    }

    /// <exception cref="PatternException">The measurement has done more work than allowed.</exception>
    public void Work(long steps)
    {
        _work += steps;
        if (_work > maxWork)
        {
            throw TooComplex();
        }
    }

    private static PatternException TooComplex() => new(
        "the pattern is too complex to search",
        0,
        "use fewer and smaller repetitions ({n,m}, ?, . and * after other wildcards multiply the work); a prefix (licen*) or a short pattern is fast",
        isLimit: true);
}
