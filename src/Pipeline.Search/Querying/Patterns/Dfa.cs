namespace Pipeline.Search.Querying.Patterns;

/// <summary>A deterministic automaton over code-point ranges; state 0 starts. A missing move rejects. Immutable.</summary>
internal sealed class Dfa(bool[] accept, Transition[][] moves)
{
    public int StateCount => accept.Length;

    public bool IsAccepting(int state) => accept[state];

    /// <summary>The state's moves, sorted and not overlapping.</summary>
    public Transition[] Moves(int state) => moves[state];

    /// <summary>Accepts one character from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Dfa Character(int min, int max) => new([false, true], [[new Transition(min, max, 1)], []]);

    /// <summary>Accepts exactly the code points of <paramref name="text"/>.</summary>
    public static Dfa Literal(string text)
    {
        var codePoints = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            codePoints.Add(char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i]);
        }

        var accept = new bool[codePoints.Count + 1];
        accept[^1] = true;
        var moves = new Transition[codePoints.Count + 1][];
        for (var i = 0; i < codePoints.Count; i++)
        {
            moves[i] = [new Transition(codePoints[i], codePoints[i], i + 1)];
        }

        moves[^1] = [];
        return new Dfa(accept, moves);
    }

    public static Dfa Nothing { get; } = new([false], [[]]);

    public static Dfa Anything { get; } = new([true], [[new Transition(0, Transition.MaxCodePoint, 0)]]);
}
