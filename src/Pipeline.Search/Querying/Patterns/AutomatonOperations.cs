namespace Pipeline.Search.Querying.Patterns;

/// <summary>The operations on automata that <see cref="PatternComplexity"/> needs, each counting its cost against a budget.</summary>
internal static class AutomatonOperations
{
    /// <summary>The automaton accepting what <paramref name="dfa"/> rejects.</summary>
    public static Dfa Complement(Dfa dfa, AutomatonBudget budget)
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

    /// <summary>The product automaton: what both accept.</summary>
    public static Dfa Intersect(Dfa left, Dfa right, AutomatonBudget budget)
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
    public static Dfa Determinize(Nfa nfa, int start, AutomatonBudget budget)
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
