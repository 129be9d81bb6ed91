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
            PatternKind.Intersection => Intersect(Build(node.Left!, budget), Build(node.Right!, budget), budget),
            PatternKind.Complement => Complement(Build(node.Left!, budget), budget),
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

        return Determinize(nfa, start, budget);
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
        return Determinize(nfa, start, budget);
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

        return Determinize(nfa, start, budget);
    }

    /// <summary>A number range is at most as complex as any number of its width: [0-9] repeated from one to its digits.</summary>
    private static Dfa Interval(PatternNode node, AutomatonBudget budget)
    {
        var width = Math.Max(node.Digits, node.Max.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return Repeat(Dfa.Character('0', '9'), node.Digits > 0 ? width : 1, width, budget);
    }

    private static Dfa Complement(Dfa dfa, AutomatonBudget budget)
    {
        budget.States(dfa.StateCount + 1L);
        var dead = dfa.StateCount;
        var accept = new bool[dfa.StateCount + 1];
        var moves = new Transition[dfa.StateCount + 1][];
        for (var s = 0; s < dfa.StateCount; s++)
        {
            accept[s] = !dfa.IsAccepting(s);
            var total = new List<Transition>();
            var next = 0;
            foreach (var move in dfa.Moves(s))
            {
                if (move.Min > next)
                {
                    total.Add(new Transition(next, move.Min - 1, dead));
                }

                total.Add(move);
                next = move.Max + 1;
            }

            if (next <= Transition.MaxCodePoint)
            {
                total.Add(new Transition(next, Transition.MaxCodePoint, dead));
            }

            budget.Work(total.Count);
            moves[s] = [.. total];
        }


        accept[dead] = true;
        moves[dead] = [new Transition(0, Transition.MaxCodePoint, dead)];
        budget.Transitions(moves.Sum(m => (long)m.Length));
        return new Dfa(accept, moves);
    }

    private static Dfa Intersect(Dfa left, Dfa right, AutomatonBudget budget)
    {
        var index = new Dictionary<(int, int), int> { [(0, 0)] = 0 };
        var pairs = new List<(int Left, int Right)> { (0, 0) };
        var moves = new List<Transition[]>();
        var transitions = 0L;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (l, r) = pairs[i];
            var found = new List<Transition>();
            foreach (var a in left.Moves(l))
            {
                budget.Work(right.Moves(r).Length);
                foreach (var b in right.Moves(r))
                {
                    var min = Math.Max(a.Min, b.Min);
                    var max = Math.Min(a.Max, b.Max);
                    if (min > max)
                    {
                        continue;
                    }

                    if (!index.TryGetValue((a.To, b.To), out var target))
                    {
                        target = pairs.Count;
                        budget.States(target + 1L);
                        index[(a.To, b.To)] = target;
                        pairs.Add((a.To, b.To));
                    }

                    found.Add(new Transition(min, max, target));
                }
            }

            moves.Add([.. found.OrderBy(t => t.Min)]);
            transitions += found.Count;
            budget.Transitions(transitions);
        }

        return new Dfa([.. pairs.Select(p => left.IsAccepting(p.Left) && right.IsAccepting(p.Right))], [.. moves]);
    }

    /// <summary>The subset construction, stopped when the budget runs out.</summary>
    private static Dfa Determinize(Nfa nfa, int start, AutomatonBudget budget)
    {
        var index = new Dictionary<StateSet, int>();
        var sets = new List<int[]>();
        var accept = new List<bool>();
        var moves = new List<Transition[]>();
        var transitions = 0L;

        int Intern(IEnumerable<int> states)
        {
            var set = new StateSet(Closure(nfa, states, budget));
            if (!index.TryGetValue(set, out var id))
            {
                id = sets.Count;
                budget.States(id + 1L);
                index[set] = id;
                sets.Add(set.States);
                accept.Add(set.States.Any(nfa.IsAccepting));
            }

            return id;
        }

        Intern([start]);
        for (var i = 0; i < sets.Count; i++)
        {
            var edges = sets[i].SelectMany(nfa.Moves).ToArray();
            budget.Work(edges.Length + 1);
            var points = edges.SelectMany(e => new[] { e.Min, e.Max + 1 }).Distinct().Order().ToArray();
            var found = new List<Transition>();
            for (var p = 0; p + 1 < points.Length; p++)
            {
                var (low, high) = (points[p], points[p + 1] - 1);
                budget.Work(edges.Length);
                var targets = edges.Where(e => e.Min <= low && e.Max >= high).Select(e => e.To).ToArray();
                if (targets.Length == 0)
                {
                    continue;
                }

                var target = Intern(targets);
                if (found.Count > 0 && found[^1].To == target && found[^1].Max + 1 == low)
                {
                    found[^1] = found[^1] with { Max = high };
                }
                else
                {
                    found.Add(new Transition(low, high, target));
                }
            }

            moves.Add([.. found]);
            transitions += found.Count;
            budget.Transitions(transitions);
        }

        return new Dfa([.. accept], [.. moves]);
    }

    private static int[] Closure(Nfa nfa, IEnumerable<int> states, AutomatonBudget budget)
    {
        var seen = new HashSet<int>();
        var pending = new Stack<int>(states);
        while (pending.TryPop(out var state))
        {
            if (seen.Add(state))
            {
                budget.Work(1);
                nfa.EmptyMoves(state).ForEach(pending.Push);
            }
        }

        var closure = seen.ToArray();
        Array.Sort(closure);
        return closure;
    }

    /// <summary>A set of automaton states compared by content, as the subset construction's key.</summary>
    private readonly struct StateSet(int[] states) : IEquatable<StateSet>
    {
        public int[] States { get; } = states;

        public bool Equals(StateSet other) => States.AsSpan().SequenceEqual(other.States);

        public override bool Equals(object? obj) => obj is StateSet other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var state in States)
            {
                hash.Add(state);
            }

            return hash.ToHashCode();
        }
    }
}
