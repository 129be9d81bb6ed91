namespace Pipeline.Search.Querying.Patterns;

/// <summary>One construct of a parsed pattern, with its operands; only the members its <see cref="Kind"/> uses are set.</summary>
internal sealed record PatternNode(PatternKind Kind)
{
    public PatternNode? Left { get; init; }

    public PatternNode? Right { get; init; }

    /// <summary>The character (<see cref="PatternKind.Char"/>) or the first of a range, as a code point.</summary>
    public int From { get; init; }

    public int To { get; init; }

    public int Min { get; init; }

    /// <summary>The most repetitions or the interval's upper end; -1 when a repetition has no upper bound.</summary>
    public int Max { get; init; }

    /// <summary>Width of an interval whose ends are written with as many digits (leading zeros); 0 otherwise.</summary>
    public int Digits { get; init; }

    public string Text { get; init; } = string.Empty;

    public static PatternNode Char(int c) => new(PatternKind.Char) { From = c, To = c };

    public static PatternNode AnyChar { get; } = new(PatternKind.AnyChar);

    public static PatternNode AnyString { get; } = new(PatternKind.AnyString);

    public static PatternNode Binary(PatternKind kind, PatternNode left, PatternNode right) => new(kind) { Left = left, Right = right };

    public static PatternNode Unary(PatternKind kind, PatternNode operand) => new(kind) { Left = operand };

    public static PatternNode Repeat(PatternNode operand, int min, int max) => new(PatternKind.Repeat) { Left = operand, Min = min, Max = max };
}
