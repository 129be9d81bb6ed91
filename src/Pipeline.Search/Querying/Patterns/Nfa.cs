namespace Pipeline.Search.Querying.Patterns;

/// <summary>A nondeterministic automaton under construction: deterministic parts joined by empty moves. Not thread-safe.</summary>
internal sealed class Nfa
{
    private readonly List<List<Transition>> _moves = [];
    private readonly List<List<int>> _empty = [];
    private readonly List<bool> _accept = [];

    public int StateCount => _accept.Count;

    public int AddState(bool accepting = false)
    {
        _moves.Add([]);
        _empty.Add([]);
        _accept.Add(accepting);
        return _accept.Count - 1;
    }

    /// <summary>Copies <paramref name="dfa"/> in; returns its start state and its accepting states, which stay accepting only when <paramref name="keepAccepting"/>.</summary>
    public (int Start, List<int> Accepting) Embed(Dfa dfa, bool keepAccepting)
    {
        var offset = StateCount;
        var accepting = new List<int>();
        for (var s = 0; s < dfa.StateCount; s++)
        {
            AddState(keepAccepting && dfa.IsAccepting(s));
            if (dfa.IsAccepting(s))
            {
                accepting.Add(offset + s);
            }
        }

        for (var s = 0; s < dfa.StateCount; s++)
        {
            _moves[offset + s].AddRange(dfa.Moves(s).Select(t => t with { To = t.To + offset }));
        }

        return (offset, accepting);
    }

    public void AddEmptyMove(int from, int to) => _empty[from].Add(to);

    public void SetAccepting(int state) => _accept[state] = true;

    public bool IsAccepting(int state) => _accept[state];

    public List<Transition> Moves(int state) => _moves[state];

    public List<int> EmptyMoves(int state) => _empty[state];
}
