namespace Pipeline.Search.Querying.Patterns;

/// <summary>
/// Measures what a pattern would cost Lucene before Lucene builds it. Lucene.Net 4.8 turns a regular expression or a
/// wildcard into a minimal deterministic automaton with no limit (no <c>maxDeterminizedStates</c>, which later Lucene
/// versions added): <c>/a{0,2147483647}/</c> exhausts memory and <c>*a??????????????</c> takes minutes, since a
/// deterministic automaton can need exponentially many states. This builds the same automata bottom-up, as Lucene
/// does, but stops as soon as any of them exceeds the budget's states or the work exceeds its steps.
/// </summary>
/// <remarks>
/// Lucene minimises every intermediate automaton and these are not minimised, so each of them is at least as large
/// as Lucene's. Lucene's cost grows with transitions (each is re-encoded as UTF-8 byte ranges) and with the copies a
/// repetition unrolls (joined by empty moves, quadratically): a pattern within 1,000 states and 5,000 transitions
/// takes Lucene.Net well under a second, measured on a loaded 2-core machine.
/// </remarks>
internal static class PatternComplexity
{
    /// <exception cref="PatternException">The pattern exceeds the budget.</exception>
    public static void Check(PatternNode pattern, AutomatonBudget budget)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(budget);
        Build(pattern, budget);
    }

    private static Dfa Build(PatternNode node, AutomatonBudget budget)
    {
        budget.Work(1);
        return node.Kind switch
        {
            PatternKind.Char or PatternKind.Range => Dfa.Character(node.From, node.To),
            PatternKind.AnyChar => Dfa.Character(0, Transition.MaxCodePoint),
            PatternKind.AnyString => Dfa.Anything,
            PatternKind.Empty => Dfa.Nothing,
            PatternKind.String => Dfa.Literal(node.Text),
            PatternKind.Union => Union([.. Leaves(node, PatternKind.Union).Select(n => Build(n, budget))], budget),
            PatternKind.Concatenation => Concatenate([.. Leaves(node, PatternKind.Concatenation).Select(n => Build(n, budget))], budget),
            PatternKind.Intersection => AutomatonOperations.Intersect(Build(node.Left!, budget), Build(node.Right!, budget), budget),
            PatternKind.Complement => AutomatonOperations.Complement(Build(node.Left!, budget), budget),
            PatternKind.Optional => Repeat(Build(node.Left!, budget), 0, 1, budget),
            PatternKind.Repeat => Repeat(Build(node.Left!, budget), node.Min, node.Max, budget),
            PatternKind.Interval => Interval(node, budget),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "unknown pattern construct"),
        };
    }

    // Lucene flattens nested unions and concatenations into one list before combining them; so does this.
    private static List<PatternNode> Leaves(PatternNode node, PatternKind kind)
    {
        var leaves = new List<PatternNode>();
        var pending = new Stack<PatternNode>([node]);
        while (pending.TryPop(out var next))
        {
            if (next.Kind == kind)
            {
                pending.Push(next.Right!);
                pending.Push(next.Left!);
            }
            else
            {
                leaves.Add(next);
            }
        }

        return leaves;
    }

    private static Dfa Union(IReadOnlyList<Dfa> parts, AutomatonBudget budget)
    {
        var nfa = new Nfa();
        var start = nfa.AddState();
        foreach (var part in parts)
        {
            nfa.AddEmptyMove(start, nfa.Embed(part, keepAccepting: true).Start);
        }

        return AutomatonOperations.Determinize(nfa, start, budget);
    }

    private static Dfa Concatenate(IReadOnlyList<Dfa> parts, AutomatonBudget budget)
    {
        budget.States(parts.Sum(p => (long)p.StateCount));
        var nfa = new Nfa();
        var start = nfa.AddState();
        List<int> ends = [start];
        foreach (var part in parts)
        {
            var (partStart, accepting) = nfa.Embed(part, keepAccepting: false);
            ends.ForEach(end => nfa.AddEmptyMove(end, partStart));
            ends = accepting;
        }

        ends.ForEach(nfa.SetAccepting);
        return AutomatonOperations.Determinize(nfa, start, budget);
    }

    /// <summary><paramref name="min"/> copies, then either a loop (<paramref name="max"/> -1) or up to max - min optional copies, as Lucene builds them.</summary>
    private static Dfa Repeat(Dfa part, int min, int max, AutomatonBudget budget)
    {
        if (max >= 0 && min > max)
        {
            return Dfa.Nothing;
        }

        budget.States((long)part.StateCount * (max < 0 ? min + 1L : max));
        var nfa = new Nfa();
        var start = nfa.AddState();
        List<int> ends = [start];
        for (var i = 0; i < min; i++)
        {
            var (partStart, accepting) = nfa.Embed(part, keepAccepting: false);
            ends.ForEach(end => nfa.AddEmptyMove(end, partStart));
            ends = accepting;
        }

        ends.ForEach(nfa.SetAccepting);
        if (max < 0)
        {
            var (loopStart, loopEnds) = nfa.Embed(part, keepAccepting: true);
            ends.ForEach(end => nfa.AddEmptyMove(end, loopStart));
            loopEnds.ForEach(end => nfa.AddEmptyMove(end, loopStart));
        }
        else
        {
            for (var i = min; i < max; i++)
            {
                var (partStart, accepting) = nfa.Embed(part, keepAccepting: true);
                ends.ForEach(end => nfa.AddEmptyMove(end, partStart));
                ends = accepting;
            }
        }

        return AutomatonOperations.Determinize(nfa, start, budget);
    }

    /// <summary>A number range is at most as complex as any number of its width: [0-9] repeated from one to its digits.</summary>
    private static Dfa Interval(PatternNode node, AutomatonBudget budget)
    {
        var width = Math.Max(node.Digits, node.Max.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return Repeat(Dfa.Character('0', '9'), node.Digits > 0 ? width : 1, width, budget);
    }
}
